// The evaluation score of a key evaluation (R-KE-1): 决策 decision, 过程 process, 产出 output and
// 效益 benefit, each scored by the experts within its weight; the total and its grade (R-GR-1).
// Pure; hundredths of a point (R-MON-3).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "rules/model.h"
#include "targets/review_rules.h"

namespace jixiao::key_evaluation {

enum class Part { decision, process, output, benefit };
inline constexpr std::array<Part, 4> kParts{Part::decision, Part::process, Part::output,
                                            Part::benefit};
std::string_view part_code(Part p);   // "decision" | "process" | "output" | "benefit"
std::string_view part_label(Part p);  // 决策 过程 产出 效益

// R-KE-1's weights, hundredths of a point, in kParts order; they add up to 100.
struct Weights {
  std::array<long long, 4> points{};
  long long of(Part p) const { return points[static_cast<std::size_t>(p)]; }
};

struct ScoreSettings {
  Weights weights;             // R-KE-1
  targets::GradeBands grades;  // R-GR-1
};

ScoreSettings score_settings(const rules::RuleSet& rules);
const ScoreSettings& national_score_settings();

// Throws invalid("params.<part>_points") or invalid("params") in Chinese when the weights do not
// add up to 100 or output and benefit weigh less than 60 (R-KE-1).
Weights read_weights(const boost::json::object& params);

// One expert's sheet: a score per part in kParts order, hundredths.
struct ExpertSheet {
  std::array<long long, 4> scores{};
};

struct PartScore {
  Part part = Part::decision;
  long long weight = 0;  // hundredths
  long long score = 0;   // the experts' mean, half up to the hundredth (R-MON-3)
};

struct EvaluationScore {
  std::vector<PartScore> parts;  // kParts order
  long long total = 0;           // the sum of the rounded parts
  std::string grade;             // excellent | good | fair | poor
  std::string detail;            // the working in a Chinese sentence
  std::string rule = "R-KE-1";
};

// The experts' sheets in any order, at least one. Throws invalid("sheets") when there is none,
// invalid("sheets[i].<part>") when a score is negative or above its part's weight.
EvaluationScore score_evaluation(const std::vector<ExpertSheet>& sheets,
                                 const ScoreSettings& settings);

}  // namespace jixiao::key_evaluation
