// R-RV-2 [jixiao]: a self score above the review score by more than the threshold (10 points by
// default) is 虚高 inflated, and becomes a finding of the review. Pure: no I/O.
#pragma once

#include <optional>
#include <string>

namespace jixiao::self_evaluation {

struct Inflation {
  bool inflated = false;
  // The self score compared: the unit's own total when it gave one, else jixiao's computed total
  // from the unit's reported values (R-SE-8 keeps both; the own total is what the unit claims).
  long long self_score = 0;
  bool own_total = false;  // self_score is the unit's own total
  long long review_score = 0;
  long long above = 0;      // self_score − review_score, hundredths; ≤ 0 when not above
  long long threshold = 0;  // hundredths
  std::string rule = "R-RV-2";
  std::string detail;  // 中文, with the numbers
};

// Scores and the threshold in hundredths (10 points = 1000). Inflated only when above by more
// than the threshold: exactly the threshold is not. Throws invalid("threshold_points") when the
// threshold is negative.
Inflation judge_inflation(std::optional<long long> self_total, long long computed_total,
                          long long review_total, long long threshold_points);

}  // namespace jixiao::self_evaluation
