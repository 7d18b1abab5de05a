#include "self_evaluation/statistics_paging.h"

#include <algorithm>
#include <array>
#include <utility>

namespace jixiao::self_evaluation {

namespace {

constexpr std::array<std::pair<std::string_view, DepartmentSortKey>, 13> kKeys{{
    {"code", DepartmentSortKey::code},
    {"evaluations", DepartmentSortKey::evaluations},
    {"budget_fen", DepartmentSortKey::budget_fen},
    {"project_coverage", DepartmentSortKey::project_coverage},
    {"amount_coverage", DepartmentSortKey::amount_coverage},
    {"execution_rate", DepartmentSortKey::execution_rate},
    {"submission_rate", DepartmentSortKey::submission_rate},
    {"sampled", DepartmentSortKey::sampled},
    {"reviewed", DepartmentSortKey::reviewed},
    {"reviewed_amount_rate", DepartmentSortKey::reviewed_amount_rate},
    {"inflated", DepartmentSortKey::inflated},
    {"inflated_share", DepartmentSortKey::inflated_share},
    {"rectification_rate", DepartmentSortKey::rectification_rate},
}};

// A figure as a fraction; a count over 1. den 0: nothing to divide by.
struct Fraction {
  long long num = 0;
  long long den = 1;
};

Fraction value_of(const Figures& f, DepartmentSortKey key) {
  switch (key) {
    case DepartmentSortKey::code:
      return {};
    case DepartmentSortKey::evaluations:
      return {f.evaluations};
    case DepartmentSortKey::budget_fen:
      return {f.budget_fen};
    case DepartmentSortKey::project_coverage:
      return {f.projects, f.budget_projects};
    case DepartmentSortKey::amount_coverage:
      return {f.project_fen, f.budget_projects_fen};
    case DepartmentSortKey::execution_rate:
      return {f.executed_fen, f.budget_fen};
    case DepartmentSortKey::submission_rate:
      return {f.submitted, f.evaluations};
    case DepartmentSortKey::sampled:
      return {f.sampled};
    case DepartmentSortKey::reviewed:
      return {f.reviewed};
    case DepartmentSortKey::reviewed_amount_rate:
      return {f.reviewed_fen, f.budget_fen};
    case DepartmentSortKey::inflated:
      return {f.inflated};
    case DepartmentSortKey::inflated_share:
      return {f.inflated, f.reviewed};
    case DepartmentSortKey::rectification_rate:
      return {f.rectification.closed, f.rectification.due};
  }
  return {};
}

// a ⋚ b by cross-multiplying (money in fen times money in fen needs 128 bits); den 0 is greater
// than any value, so that it goes last ascending and is put last again descending.
int compare(const Fraction& a, const Fraction& b) {
  if (a.den == 0 || b.den == 0) return (a.den == 0) - (b.den == 0);
  const __int128 l = static_cast<__int128>(a.num) * b.den;
  const __int128 r = static_cast<__int128>(b.num) * a.den;
  return (l > r) - (l < r);
}

struct Row {
  Fraction value;
  long long region_id = 0;
  long long department_id = 0;
  std::size_t index = 0;
};

}  // namespace

std::optional<DepartmentPage> parse_department_sort(std::string_view sort) {
  DepartmentPage page;
  if (sort.starts_with('-')) {
    page.descending = true;
    sort.remove_prefix(1);
  }
  for (const auto& [name, key] : kKeys)
    if (name == sort) {
      page.sort = key;
      return page;
    }
  return std::nullopt;
}

void page_departments(std::vector<NamedFigures>& rows, const DepartmentPage& page) {
  // Sort small keys and move only the page's rows (each holds some forty figures).
  std::vector<Row> keys;
  keys.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i)
    keys.push_back({value_of(rows[i].figures, page.sort), rows[i].region_id, rows[i].id, i});
  const auto before = [&](const Row& a, const Row& b) {
    if (int c = compare(a.value, b.value); c != 0) {
      const bool none = a.value.den == 0 || b.value.den == 0;
      return page.descending && !none ? c > 0 : c < 0;
    }
    if (a.region_id != b.region_id)
      return page.descending && page.sort == DepartmentSortKey::code ? a.region_id > b.region_id
                                                                     : a.region_id < b.region_id;
    return page.descending && page.sort == DepartmentSortKey::code
               ? a.department_id > b.department_id
               : a.department_id < b.department_id;
  };
  const auto size = static_cast<long long>(keys.size());
  const long long from = std::min(page.offset, size);
  const long long to = page.limit == 0 ? size : std::min(size, from + page.limit);
  // Only the rows up to the page's end need their order.
  std::partial_sort(keys.begin(), keys.begin() + to, keys.end(), before);
  std::vector<NamedFigures> out;
  out.reserve(static_cast<std::size_t>(to - from));
  for (long long i = from; i < to; ++i) out.push_back(std::move(rows[keys[i].index]));
  rows = std::move(out);
}

}  // namespace jixiao::self_evaluation
