// CSV as spreadsheets write it (RFC 4180): quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

using CsvRow = std::vector<std::string>;

// Parses the whole text; nullopt with *error set (Chinese, with the line) when a quote is left
// open. Blank lines are skipped.
std::optional<std::vector<CsvRow>> parse_csv(std::string_view text, std::string* error);

}  // namespace jixiao
