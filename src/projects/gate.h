// The budget gate: a project is approved into the budget (批复) only when the stages that run
// before it say so (its target passed review, a supported ex-ante assessment where one is
// needed, its budget review done). Each stage registers its condition while the app is wired,
// so projects never reads their tables; a stage whose condition does not apply to the project's
// region and year (a region setting) answers nothing.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/error.h"
#include "projects/model.h"

namespace jixiao::projects {

struct GateCondition {
  std::string key;    // "target_review"
  std::string rule;   // the rule that sets the condition: "R-TR-2"
  std::string label;  // 中文: "绩效目标审核通过"
  bool met = false;
  std::string detail;  // 中文: what was found ("绩效目标已批复，得分 85.00（良）")
  std::string link;    // the web page that shows it, or empty
};

using GateSource =
    std::function<std::optional<GateCondition>(soci::session&, const Project& project)>;

// The conditions of every source that applies, in the order they were registered.
std::vector<GateCondition> evaluate_gate(soci::session& s, const std::vector<GateSource>& sources,
                                         const Project& p);

// 422 budget_gate naming every unmet condition with its rule, and listing them as "unmet" for a
// client to show; nullopt when all are met.
std::optional<AppError> gate_refusal(const std::vector<GateCondition>& conditions);

}  // namespace jixiao::projects
