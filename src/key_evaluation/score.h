// The evaluation score of a key evaluation on its kind's sheet: R-KE-1's 决策 decision, 过程
// process, 产出 output and 效益 benefit (a policy's sheet labels them 政策决策 … 政策效益), or for
// a department-overall evaluation R-KE-2's six parts (运行成本 … 服务对象满意度); each part scored
// by the experts within its weight; the total and its grade (R-GR-1). Pure; hundredths (R-MON-3).
#pragma once

#include <array>
#include <boost/json/object.hpp>
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

// One part of a score sheet.
struct SheetPart {
  std::string code;      // e.g. "running_cost"
  std::string label;     // e.g. 运行成本
  long long weight = 0;  // hundredths
};

// A kind's score sheet: its parts in order (weights add up to 100) and the rule that sets them.
struct ScoreSheetDef {
  std::vector<SheetPart> parts;
  std::string rule = "R-KE-1";  // R-KE-1 | R-KE-2
};

struct ScoreSettings {
  Weights weights;                          // R-KE-1
  std::vector<SheetPart> department_parts;  // R-KE-2
  targets::GradeBands grades;               // R-GR-1
};

ScoreSettings score_settings(const rules::RuleSet& rules);
const ScoreSettings& national_score_settings();

// Throws invalid("params.<part>_points") or invalid("params") in Chinese when the weights do not
// add up to 100 or output and benefit weigh less than 60 (R-KE-1).
Weights read_weights(const boost::json::object& params);

// R-KE-2's parts (shape-checked). Throws invalid("params.parts[i].<key>") in Chinese when a code
// repeats or is not lower-case letters, digits and underscores, a label is empty or a part's
// points are 0 or above 100; invalid("params.parts") when they do not add up to 100.
std::vector<SheetPart> read_sheet_parts(const boost::json::object& params);

// The sheet of an evaluation of this kind (vocabulary key_evaluation_kind): department → R-KE-2;
// policy → R-KE-1's weights as 政策决策, 政策执行, 政策产出, 政策效益; others → R-KE-1.
ScoreSheetDef score_sheet_for(std::string_view kind, const ScoreSettings& settings);

// One expert's sheet: a score per part in the sheet's order, hundredths.
struct ExpertSheet {
  std::vector<long long> scores;
};

// `scores`: {code: points} as sent, numbers with at most two decimals. Throws
// invalid("<at>.scores.<code>") in Chinese when a part is missing, unknown, not such a number or
// outside 0 … its weight; invalid("<at>.scores") when it is not an object.
ExpertSheet check_score_sheet(const boost::json::value& scores, const ScoreSheetDef& def,
                              const std::string& at);
// A stored sheet ({code: hundredths}) in the sheet's order; a part it lacks counts 0.
ExpertSheet stored_sheet(const std::string& scores_json, const ScoreSheetDef& def);
// {code: hundredths} of a sheet in the def's order, as stored.
std::string stored_json(const ExpertSheet& sheet, const ScoreSheetDef& def);

struct PartScore {
  std::string code;
  std::string label;
  long long weight = 0;  // hundredths
  long long score = 0;   // the experts' mean, half up to the hundredth (R-MON-3)
};

struct EvaluationScore {
  std::vector<PartScore> parts;  // the sheet's order
  long long total = 0;           // the sum of the rounded parts
  std::string grade;             // excellent | good | fair | poor
  std::string detail;            // the working in a Chinese sentence
  std::string rule = "R-KE-1";
};

// The experts' sheets in any order, at least one. Throws invalid("sheets") when there is none,
// invalid("sheets[i].<code>") when a score is missing, negative or above its part's weight.
EvaluationScore score_evaluation(const std::vector<ExpertSheet>& sheets, const ScoreSheetDef& def,
                                 const targets::GradeBands& grades);
// The four-part sheet of R-KE-1 (a project's).
EvaluationScore score_evaluation(const std::vector<ExpertSheet>& sheets,
                                 const ScoreSettings& settings);

}  // namespace jixiao::key_evaluation
