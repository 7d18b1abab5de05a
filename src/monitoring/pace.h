// Early warning (R-MO-2 [local: 004 喀什]: warnings a month ahead): a project's spending carried
// forward at its recent pace to a coming checkpoint, so that the same evaluate() (warnings.h)
// says which warnings the checkpoint will raise if nothing changes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/money.h"
#include "monitoring/settings.h"
#include "monitoring/warnings.h"

namespace jixiao::monitoring {

// Executed money of the year up to and including a day (cumulative, as payment systems report).
struct SpendingPoint {
  std::string date;  // ISO
  Fen executed_fen = 0;
};

// How far back the recent pace looks [jixiao]: about a quarter, long enough that a month with one
// large payment does not decide it, short enough to follow a project that has started spending.
inline constexpr long long kRecentPaceDays = 90;

// The executed amount at `at` if spending keeps its recent pace [jixiao]:
// - the series is cumulative from 1 January (0 spent before the year, an implicit first point
//   on 31 December of the year before); points are taken in date order, the later of two on
//   one day winning;
// - a day the series already reaches is answered from the series (its last point on or before);
// - otherwise, from the last point L, the base B is the last point at least recent_days before
//   L (the start of the year when there is none), and the money spent from B to L is spent again
//   per day to `at`: L + (L − B) × days(L→at) ÷ days(B→L), rounded down to the fen (an early
//   warning errs towards warning);
// - never above the budget, never below L.
// Throws invalid("series[i].date") for a date that is not an ISO day of at's year, and
// invalid("at") for a bad `at`.
Fen projected_executed(const std::vector<SpendingPoint>& series, std::string_view at,
                       Fen budget_fen, long long recent_days = kRecentPaceDays);

// The progress as it will stand at `at`: as_of moved there and the executed money projected;
// the budget, the indicators and the report's state as they are now.
ProjectProgress projected_progress(const ProjectProgress& now,
                                   const std::vector<SpendingPoint>& series, std::string_view at);

// R-MO-2: the nearest checkpoint whose data day lies after today and at most warn_days_ahead
// days away (this year's, or next year's early in January), when there is one.
struct UpcomingCheckpoint {
  CheckpointDefault checkpoint;
  std::string as_of;  // ISO date of the checkpoint
  long long days_ahead = 0;
};
std::optional<UpcomingCheckpoint> upcoming_checkpoint(const CheckpointSettings& settings,
                                                      std::string_view today);

}  // namespace jixiao::monitoring
