// SQL of the target statistics: figures by (region, department, fund type), read from the kept
// totals for a region, section or department scope, and from the rows themselves for a unit.
#pragma once

#include <soci/soci.h>

#include <map>
#include <string>
#include <vector>

#include "auth/model.h"
#include "targets/statistics.h"

namespace jixiao::targets::repo {

// One (region, department, fund type) cell; department 0 stands for the departments of a
// region below the one whose departments are listed, which are summed into that region's row.
struct CoverageCell {
  long long region_id = 0;
  long long department_id = 0;
  std::string fund_type;
  Coverage figures;
};

struct StatusCount {
  std::string status;
  long long count = 0;
  long long first_pass = 0;  // of those, never returned before their first decision
};

struct StatisticsRows {
  std::vector<StatusCount> statuses;
  std::vector<CoverageCell> cells;
};

// Counted from the targets and projects themselves: for one unit's few rows.
StatisticsRows count_statistics_live(soci::session& s, long long year,
                                     const auth::DataScope& scope);
// Summed from project_totals and target_totals (kept by the writes): a province's statistics read
// a few thousand rows, not a million projects, in one pass over each table. Departments are kept
// apart only in `departments_of_region` (0: everywhere). The scope has no unit level here.
StatisticsRows count_statistics_totals(soci::session& s, long long year,
                                       const auth::DataScope& scope,
                                       long long departments_of_region);

// The names of the departments of the cells that list one.
std::map<long long, std::string> department_names(soci::session& s,
                                                  const std::vector<CoverageCell>& cells);

}  // namespace jixiao::targets::repo
