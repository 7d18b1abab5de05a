// Self-evaluation scoring (R-SE-1…7, R-GR-1, R-MON-3): a target's indicators with their actual
// values and the year's money in, every indicator's score with the rule and inputs that produced
// it out. Pure: no I/O; exact (rationals over integers, never binary floating point); every
// score rounded half up to two decimals per indicator and the total the sum of the rounded parts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/money.h"
#include "targets/model.h"

namespace jixiao::self_evaluation {

// The region's parameters for a year, read from its rule set (R-SE-1…7, R-GR-1).
struct ScoringSettings {
  // R-SE-1: points of each part, in hundredths (execution 10, output 50, benefit 30,
  // satisfaction 10); cost counts within output unless cost_points > 0.
  long long execution_points = 1000;
  long long output_points = 5000;
  long long benefit_points = 3000;
  long long satisfaction_points = 1000;
  long long cost_points = 0;
  // R-SE-2: where satisfaction's points go when a target has no satisfaction indicator:
  // "benefit" or "output_and_benefit" (in proportion to their points).
  std::string missing_satisfaction_to = "benefit";
  // R-SE-4: "ratio" (min(A ÷ B, 1)) or "linear" (full at B = A, 0 at B = 2A) for lower-is-better.
  std::string lower_is_better = "ratio";
  // R-SE-5: lower bounds of the qualitative bands in percent of the weight (80 / 60 / 0).
  long long achieved_floor_percent = 80;
  long long partly_floor_percent = 60;
  // R-SE-7: exceeding the target by this many percent needs a reason too (B ≥ 1.3A, B ≤ 0.7A).
  long long exceeded_percent = 30;
  // R-GR-1: lower bounds of 优 / 良 / 中 in hundredths.
  long long excellent = 9000, good = 8000, fair = 6000;
};

// One indicator as the unit reports it against its target.
struct IndicatorInput {
  targets::Indicator indicator;  // as the target holds it (weight in hundredths)
  std::string actual_value;      // as typed; for a qualitative indicator a band (see below)
  bool not_applicable = false;   // R-SE-6
  // The unit's own score (R-SE-8) in hundredths; for a qualitative indicator it must lie in
  // the band of actual_value (R-SE-5).
  std::optional<long long> self_score;
};

// Qualitative bands (R-SE-5): "achieved" 达成年度指标, "partly" 部分达成并具有一定效果,
// "not_achieved" 未达成且效果较差; the Chinese labels are read as well.
bool is_band(std::string_view code);
std::string_view band_label(std::string_view code);  // "达成年度指标", "" for an unknown code
// The band's code for what a person chose: the code or its label; "" when neither.
std::string_view band_of(std::string_view typed);

struct ScoringInput {
  Fen budget_fen = 0;    // full-year budget as adjusted (R-SE-3)
  Fen executed_fen = 0;  // spent in the year
  std::vector<IndicatorInput> indicators;
};

struct IndicatorScore {
  long long weight = 0;  // the points it counts for after R-SE-1/2/6, hundredths (rounded)
  long long score = 0;   // hundredths, rounded half up (R-MON-3)
  std::string rule;      // "R-SE-4", "R-SE-5", "R-SE-6" (left out)
  std::string detail;    // 中文: how the score was reached, with the inputs
  // met: the target reached (B ≥ A higher-is-better, B ≤ A lower-is-better, a date on time, the
  // band "achieved"); false for an indicator left out. needs_reason (R-SE-7): not met, or
  // exceeded by exceeded_percent or more: a deviation reason and an improvement measure are
  // required.
  bool met = false;
  bool needs_reason = false;
  // Qualitative: the band chosen and its score range in hundredths, both ends inclusive, on the
  // weight as shown (a band "below 80 %" ends one hundredth under the next band's floor).
  std::string band;
  std::optional<long long> band_floor, band_ceiling;
};

struct Scored {
  long long execution_weight = 0;              // hundredths (10 points unless rescaled by R-SE-6)
  long long execution_score = 0;               // hundredths (R-SE-3)
  std::string execution_detail;                // 中文, with the rate
  std::optional<long long> execution_rate_bp;  // executed ÷ budget, hundredths of a percent,
                                               // rounded half up; none for a zero budget (R-MON-2)
  std::vector<IndicatorScore> indicators;      // in input order
  long long total = 0;                         // sum of the rounded parts, hundredths
  std::string grade;                           // excellent | good | fair | poor (R-GR-1)
  // The unit's own scores of the applicable indicators plus the execution score, when it gave
  // every one (R-SE-8).
  std::optional<long long> self_total;
};

// Errors name the field as the route names it ("indicators[2].actual_value") with a 中文
// message: an applicable indicator without its actual value, a value of the wrong kind for its
// comparator and unit, a target value that is neither a number nor a date (quantitative), a
// qualitative band unknown, a self score above the indicator's weight or outside its band, a
// negative or over-budget amount, no indicator at all or nothing left to score. A self score of
// an indicator left out is ignored.
Scored score(const ScoringInput& in, const ScoringSettings& settings);

}  // namespace jixiao::self_evaluation
