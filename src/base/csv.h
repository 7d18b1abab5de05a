// CSV as spreadsheets write it (RFC 4180): quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

using CsvRow = std::vector<std::string>;

// Parses the whole text; nullopt with *error set (Chinese, with the line) when a quote is left
// open, or when a cell is not UTF-8 or holds a control character (base/text.h: every cell is
// checked here, once), with *error_row the sheet's row (the header is row 1; blank lines are
// skipped and not counted).
std::optional<std::vector<CsvRow>> parse_csv(std::string_view text, std::string* error,
                                             long long* error_row = nullptr);

// A CSV cell of an export: quoted where it must be, and a leading = + - @ made harmless to
// spreadsheets.
std::string csv_cell(std::string_view text);

}  // namespace jixiao
