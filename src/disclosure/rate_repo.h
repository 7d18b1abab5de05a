// Items due and items published (R-MON-2) of a year, by department of a region's own level and
// by each region directly below it (its whole tree counted): the disclosure rate of the office's
// cards and of the appraisal of departments and lower governments.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "disclosure/model.h"
#include "disclosure/rules.h"

namespace jixiao::disclosure::rate_repo {

struct RateRow {
  long long id = 0;  // department id or region id
  std::string name;
  RateCounts counts;  // due (due date on or before today, or published), published, overdue
};

// The departments of the region's own level with items in the year, by department id.
std::vector<RateRow> by_department(soci::session& s, long long region_id, long long year,
                                   const std::string& today);
// Each region of region_id's tree with items in the year, its own items only, by region id.
std::vector<RateRow> by_region(soci::session& s, long long region_id, long long year,
                               const std::string& today);
// Each region directly below region_id, counting its whole tree, by region path.
std::vector<RateRow> by_lower_region(soci::session& s, long long region_id, long long year,
                                     const std::string& today);
// The whole tree of region_id.
RateCounts of_tree(soci::session& s, long long region_id, long long year, const std::string& today);

// The rows behind a count: the region's own level (or the tree of lower_region_id), one
// department or all, due ones only when due_on is set (due on or before it, or published);
// newest first, after_id for the next page.
struct RowFilter {
  long long region_id = 0;
  long long year = 0;
  std::optional<long long> department_id;
  std::optional<long long> lower_region_id;
  std::optional<std::string> due_on;
  long long after_id = 0;
  int limit = 50;
};
std::vector<Disclosure> rows(soci::session& s, const RowFilter& f);

}  // namespace jixiao::disclosure::rate_repo
