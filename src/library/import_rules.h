// Reading library indicators from a sheet (CSV): columns by English key or Chinese header, every
// cell checked against the indicator framework before anything is written. Pure.
#pragma once

#include <string>
#include <vector>

#include "base/csv.h"
#include "base/csv_header.h"
#include "library/framework.h"
#include "library/model.h"

namespace jixiao::library {

struct ParsedIndicators {
  std::vector<LibraryIndicator> rows;
  std::vector<ImportError> errors;
};

inline constexpr std::size_t kMaxLibraryRows = 20'000;

ParsedIndicators parse_indicator_rows(const std::vector<CsvRow>& csv, const Framework& framework);

// The checks a single indicator passes (form input and import): empty when it is fine, else
// (field, Chinese message).
std::vector<std::pair<std::string, std::string>> check_indicator(const LibraryIndicator& i,
                                                                 const Framework& framework);

}  // namespace jixiao::library
