// The header row of an imported sheet: columns found by English key or by the Chinese header
// finance staff write, so that both spellings of a template import.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/csv.h"

namespace jixiao {

// A problem in an imported sheet, reported before anything is written.
struct ImportError {
  long long row = 0;   // as numbered in the sheet: the header is row 1
  std::string column;  // the column's header as written in the file
  std::string message;
};

struct CsvColumn {
  const char* key;
  const char* header;  // Chinese
  bool required;
};

struct CsvHeader {
  std::map<std::string, std::size_t> index;  // key → position
  // The header as written, by key, for messages.
  std::vector<std::pair<std::string, std::string>> written;
  // Chinese headers of required columns that are absent.
  std::vector<std::string> missing;

  bool has(const std::string& key) const { return index.contains(key); }
  std::string header_for(const std::string& key) const;
  // The trimmed cell of a column, empty when the column or the cell is absent.
  std::string cell(const CsvRow& row, const std::string& key) const;
};

// "金额(万元)" and "金额（万元）" are the same header.
CsvHeader read_csv_header(const CsvRow& header, std::span<const CsvColumn> columns);

// An imported sheet's header, with the errors of its shape added to errors: an empty file, a
// required column absent, a column written twice, a row with a filled cell beyond the header's
// columns, more than max_rows data rows or none at all. Rows are read only when none is added.
CsvHeader read_sheet(const std::vector<CsvRow>& csv, std::span<const CsvColumn> columns,
                     std::size_t max_rows, std::vector<ImportError>& errors);

// An uploaded file read as an import: parsed as CSV and its header checked (read_sheet). nullopt,
// with the errors added, when it cannot be read or its shape is wrong.
struct ImportSheet {
  std::vector<CsvRow> rows;  // the header first
  CsvHeader header;
};
std::optional<ImportSheet> read_import_sheet(std::string_view text,
                                             std::span<const CsvColumn> columns,
                                             std::size_t max_rows,
                                             std::vector<ImportError>& errors);

}  // namespace jixiao
