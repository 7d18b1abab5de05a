// Reading project rows from a spreadsheet (CSV): columns by English key or Chinese header, every
// cell checked, every problem reported with its row and column before anything is written.
#pragma once

#include <string>
#include <vector>

#include "base/csv.h"
#include "base/csv_header.h"
#include "projects/service.h"

namespace jixiao::projects {

struct ImportRow {
  long long row = 0;
  std::string unit_code;
  ProjectInput input;
};

struct ParsedImport {
  std::vector<ImportRow> rows;
  std::vector<ImportError> errors;
  // Header as written, by field key ("code" → "项目编码"), for messages about later checks.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string header_for(const std::string& key) const;
};

inline constexpr std::size_t kMaxImportRows = 50'000;

// Pure: no database. Checks the header, then each cell.
ParsedImport parse_project_rows(const std::vector<CsvRow>& csv);

}  // namespace jixiao::projects
