// The signals shown before a self-evaluation review starts (R-RV-1's weighting, [jixiao]): what
// in an evaluation suggests its self score claims more than the facts, each with its numbers.
// They weigh the sampling draw (sampling.h) when the plan asks for it. Pure: no I/O.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "self_evaluation/model.h"

namespace jixiao::self_evaluation {

// R-RV-1's signal parameters [jixiao]; a region changes them in its rule set. Scores in
// hundredths, the execution floor in whole percent; each signal adds its weight to the draw.
struct SignalParams {
  long long high_score = 9000;           // a claimed total at or above it is "high" (优's floor)
  long long low_execution_percent = 60;  // an execution rate below it is "low"
  long long all_at_target_min = 3;       // quantitative indicators needed to call it a pattern
  long long self_above_computed_weight = 1;
  long long high_score_low_execution_weight = 2;
  long long all_at_target_weight = 1;
  long long no_evidence_weight = 1;
  long long impossible_then_met_weight = 2;
};

// One evaluation with what the signals look at beside it. Indicators are matched by their
// position in the target, as monitoring's answers are.
struct SignalInput {
  const Evaluation& evaluation;  // with its indicators loaded
  // Evidence files attached to the evaluation as a whole: they back every indicator (a unit
  // often uploads one bundle of 佐证材料).
  long long evidence_files = 0;
  std::map<long long, long long> indicator_evidence_files;  // position → files of its own
  // The last monitoring checkpoint's likelihood per position: impossible | possible | certain |
  // "" (not judged, or no checkpoint); a missing position counts as "".
  std::map<long long, std::string> last_likelihood;
};

struct Signal {
  std::string code;    // self_above_computed | high_score_low_execution | all_at_target |
                       // no_evidence | impossible_then_met
  std::string label;   // 中文
  std::string detail;  // 中文, with the numbers
  long long weight = 0;
  std::vector<long long> positions;  // the indicators it names; empty for the whole evaluation
};

// Every signal that fires, in the order above. The claimed score is the unit's own total when it
// gave one (R-SE-8), else the computed one.
//   self_above_computed: self_total > computed_total, by how many points.
//   high_score_low_execution: claimed ≥ high_score with the execution rate (executed ÷ budget,
//     rounded to 0.01% as shown, R-MON-2) below low_execution_percent; no rate, no signal.
//   all_at_target: at least all_at_target_min applicable quantitative indicators, every one's
//     actual value equal to its target value (parsed: 95 = 95.0 = 95%; dates by day).
//   no_evidence: applicable indicators with an actual value and no file, on the evaluation as a
//     whole nor of their own.
//   impossible_then_met: applicable indicators judged impossible at the last checkpoint that are
//     now met (the actual value meets the comparator; a qualitative one reported achieved) or
//     scored full (computed, or by the unit's own score).
std::vector<Signal> signals_of(const SignalInput& input, const SignalParams& params);

// The candidate's weight in a weighted draw: 1 + the signals' weights.
long long draw_weight(const std::vector<Signal>& signals);

}  // namespace jixiao::self_evaluation
