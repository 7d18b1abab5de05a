// The department rows of the self-evaluation statistics a page at a time: a province lists some
// two thousand departments, so the rows (already summed) are sorted and sliced here and only the
// page is written as JSON. Rates sort by their fractions, never by rounded texts; a rate with
// nothing to divide by ("—") goes last whichever way the column sorts (R-MON-2).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "self_evaluation/statistics.h"

namespace jixiao::self_evaluation {

enum class DepartmentSortKey {
  code,  // region, then department: the codes' order (the answer's order before paging)
  evaluations,
  budget_fen,
  project_coverage,
  amount_coverage,
  execution_rate,
  submission_rate,
  sampled,
  reviewed,
  reviewed_amount_rate,
  inflated,
  inflated_share,
  rectification_rate,
};

struct DepartmentPage {
  DepartmentSortKey sort = DepartmentSortKey::code;
  bool descending = false;
  long long limit = 50;  // 0: every row (the Excel export)
  long long offset = 0;
};

// `sort` as the query gives it: a key, "-" before it for descending; nullopt for an unknown key.
std::optional<DepartmentPage> parse_department_sort(std::string_view sort);

// Sorts the rows as the page asks (ties in code order) and keeps the page's rows only.
void page_departments(std::vector<NamedFigures>& rows, const DepartmentPage& page);

}  // namespace jixiao::self_evaluation
