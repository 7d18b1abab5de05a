// R-LINT-4 [jixiao]: a goal or an indicator set copied from another target of the unit.
#include "targets/lint/check.h"
#include "targets/lint/names.h"

namespace jixiao::targets::checks {
namespace {

constexpr Code kEmits[] = {Code::copied_goal, Code::copied_indicators};

std::string sibling_name(const SiblingTarget& s) {
  return s.project_name.empty() ? "目标 #" + std::to_string(s.target_id) : quoted(s.project_name);
}

void run(const Subject& s, Findings& out) {
  const auto& siblings = s.context.siblings;
  const std::string goal = goal_key(s.target.overall_goal);
  std::vector<std::string> same_goal;
  if (!goal.empty()) {
    for (const auto& sib : siblings)
      if (goal_key(sib.overall_goal) == goal) same_goal.push_back(sibling_name(sib));
  }
  if (!same_goal.empty()) {
    out.add(Code::copied_goal, std::nullopt,
            "年度总体目标与本单位项目" + joined(same_goal, "、") +
                "的总体目标相同。请按本项目的内容和资金重新编写总体目标。");
  }

  if (siblings.empty()) return;
  const auto names = name_set(s.target.indicators);
  if (names.size() < kMinCopiedNames) return;
  std::vector<std::string> same_names;
  for (const auto& sib : siblings)
    if (name_set(sib.indicator_names) == names) same_names.push_back(sibling_name(sib));
  if (!same_names.empty()) {
    out.add(Code::copied_indicators, std::nullopt,
            "绩效指标与本单位项目" + joined(same_names, "、") +
                "的指标完全相同。请按本项目的产出和效益设置指标。");
  }
}

}  // namespace

constinit const Check copies_check{"copies", kEmits, run};

}  // namespace jixiao::targets::checks
