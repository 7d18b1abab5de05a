// Early warning (R-MO-2 [local: 004 喀什]: warnings a month ahead): before a checkpoint opens,
// every monitored project of its region tree has its spending carried forward at its recent pace
// (pace.h) to the checkpoint date and judged by R-MO-4's spending rules, so units are warned
// while they can still act. A projected colour is kept apart from a measured one.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "db/database.h"
#include "monitoring/model.h"
#include "monitoring/settings.h"

namespace jixiao::monitoring {

struct EarlyWarning {
  long long checkpoint_id = 0;
  long long project_id = 0;
  long long region_id = 0;
  long long department_id = 0;
  long long unit_id = 0;
  Fen budget_fen = 0;
  Fen executed_fen = 0;   // the latest figure on or before computed_on
  Fen projected_fen = 0;  // carried forward to the checkpoint date
  std::string colour;     // blue | red
  std::string fired;      // JSON, as a report's
  std::string computed_on;
  // Joined for display.
  std::string code;
  std::string name;
  std::string unit_name;
};

struct ForecastResult {
  long long projects = 0;  // monitored projects judged
  long long blue = 0;
  long long red = 0;
};

// Replaces the checkpoint's early warnings with a forecast made on `today` (ISO date), over the
// projects of `region_path`'s tree, in batches of `batch` projects.
ForecastResult forecast_checkpoint(soci::session& s, db::Dialect dialect, const Checkpoint& c,
                                   const std::string& region_path, const WarningSettings& settings,
                                   const std::string& today, int batch = 2000);

struct EarlyWarningFilter {
  long long checkpoint_id = 0;
  std::optional<std::string> colour;
  long long after_project_id = 0;
  int limit = 50;
  long long offset = 0;  // a page jumped to; the cursor is for the next page
};
std::vector<EarlyWarning> early_warnings(soci::session& s, const EarlyWarningFilter& f,
                                         const auth::DataScope& scope);
long long count_early_warnings(soci::session& s, const EarlyWarningFilter& f,
                               const auth::DataScope& scope);

// The warned projects in `scope` at each planned checkpoint of `year`, the nearest first (the
// units' to-do).
struct EarlyWarningCount {
  long long checkpoint_id = 0;
  std::string checkpoint_name;
  long long count = 0;
};
std::vector<EarlyWarningCount> planned_early_warnings(soci::session& s, long long year,
                                                      const auth::DataScope& scope);

}  // namespace jixiao::monitoring
