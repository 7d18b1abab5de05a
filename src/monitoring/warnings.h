// The warnings of dual monitoring (绩效运行监控): a project's spending progress and target
// progress at a checkpoint, judged by the default warning rules of R-MO-4 as a region set them.
// Pure: no I/O; the same evaluation runs on reported progress and on a projection (pace.h).
//
// Units (R-MON-2): rates are integers in basis points, i.e. hundredths of a percent (4137 is
// 41.37 %), each rounded half up from exact integers once; the rules compare these rounded
// rates, the figures a finance officer sees, as R-MON-3 does for scores (a lag shown as 20.00
// points is not above 20).
#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/money.h"
#include "monitoring/settings.h"
#include "targets/model.h"

namespace jixiao::monitoring {

// What a unit reports for one indicator (R-MO-1).
struct IndicatorProgress {
  targets::Indicator indicator;
  std::string value_so_far;     // as typed, like the target value
  std::string likelihood;       // certain | possible | impossible | "" (not judged)
  std::string projected_value;  // expected year-end value, as typed
};

// A project at a checkpoint.
struct ProjectProgress {
  long long year = 0;
  std::string as_of;     // ISO date, within year
  Fen budget_fen = 0;    // current budget: adjusted, with carry-over (R-MO-3)
  Fen executed_fen = 0;  // spent by as_of, 0..budget
  bool report_overdue = false;
  std::vector<IndicatorProgress> indicators;
};

struct FiredRule {
  std::string rule;    // "R-MO-4"
  std::string check;   // spending_behind | schedule_floor | progress_mismatch | idle_money |
                       // indicator_impossible | indicator_short | report_overdue
  std::string colour;  // blue | red
  std::string detail;  // Chinese, with the inputs and the threshold
  boost::json::object inputs;
};

struct Evaluation {
  std::string colour = "none";  // none | blue | red: the highest of the fired rules
  std::vector<FiredRule> fired;
  long long time_progress_bp = 0;
  std::optional<long long> execution_rate_bp;   // nullopt when the budget is 0 ("—")
  std::optional<long long> target_progress_bp;  // nullopt when no indicator measures it
};

// R-MO-4: every rule that fires, in the order RULES.md lists them, and the highest colour.
// Throws invalid("as_of") for a date that is not a day of the year.
Evaluation evaluate(const WarningSettings& settings, const ProjectProgress& progress);

// The likelihoods a unit may report (R-MO-1) and their Chinese words; "" for an unknown one.
bool is_likelihood(std::string_view s);
std::string_view likelihood_label(std::string_view s);  // "有可能"

// R-MO-3: days elapsed at the end of the as_of day ÷ days in its year (365 or 366), in basis
// points rounded half up: 31 May 2026 is 151 / 365 = 41.37 %, 31 December 100.00 %.
long long time_progress_bp(std::chrono::year_month_day as_of);
// R-MO-3: executed ÷ budget in basis points rounded half up; nullopt for a zero budget.
std::optional<long long> execution_rate_bp(Fen executed, Fen budget);
// The target progress that R-MO-4's mismatch rule compares with spending [jixiao]; see
// warnings.cpp for its definition.
std::optional<long long> target_progress_bp(const std::vector<IndicatorProgress>& indicators);

// "41.37" from basis points; "—" for nullopt (R-MON-2).
std::string rate_text(std::optional<long long> bp);

}  // namespace jixiao::monitoring
