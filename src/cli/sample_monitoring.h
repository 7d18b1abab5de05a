// Spending and answers as units report them, for the generated data of the demo and of
// `jixiao bench-data`: how a project spends through the year, and what a unit says of an
// indicator at a share of the year.
#pragma once

#include <soci/soci.h>

#include <cstdint>
#include <string>

#include "base/money.h"
#include "monitoring/model.h"

namespace jixiao::cli {

// How a project spends through the year.
enum class Pace { on_pace, behind, late, idle, fast };

// Most projects spend on pace; a quarter lag in one way or another (the seeds' complaint).
// u is uniform in [0, 1).
Pace draw_pace(double u);

// The share spent by the end of month m (1…12), in hundredths of a percent.
long long spent_share(Pace pace, int m, long long noise);

// The last day of month m (1…12) of the year, ISO.
std::string month_end(long long year, int m);

// An indicator of a target, as far as an answer needs it.
struct IndicatorRow {
  long long target_id = 0;
  long long position = 0;
  std::string value;
  std::string unit;
};

// Binds a row of "target_id, position, value, unit" (db::fetch_all's bind).
void bind_indicator_row(soci::statement& st, IndicatorRow& r);

// What a unit reports for an indicator at a share of the year (in percent), judged likely.
monitoring::IndicatorReport answer_for(const IndicatorRow& ind, long long percent,
                                       const std::string& likelihood);

}  // namespace jixiao::cli
