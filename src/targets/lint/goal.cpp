// The overall goal is there and readable, and enough indicators measure it.
#include "base/text.h"
#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

constexpr Code kEmits[] = {Code::goal_missing, Code::goal_too_long, Code::too_few_indicators};

void run(const Subject& s, Findings& out) {
  const std::string goal = trim(s.target.overall_goal);
  if (goal.empty()) {
    // R-IND-4 [local, several]
    out.add(Code::goal_missing, std::nullopt,
            "未填写年度总体目标。请概括说明本年度要完成的主要任务和达到的效果，并用绩效指标逐项"
            "体现。");
  } else if (const auto n = utf8_length(goal);
             n > static_cast<std::size_t>(s.params.max_goal_chars)) {
    // R-LINT-1 [jixiao]
    out.add(Code::goal_too_long, std::nullopt,
            "年度总体目标共 " + std::to_string(n) + " 字，超过 " +
                std::to_string(s.params.max_goal_chars) +
                " 字。请精简为概括性的表述，具体内容通过绩效指标体现。");
  }
  const auto& indicators = s.target.indicators;
  if (indicators.size() < static_cast<std::size_t>(s.params.min_indicators)) {
    // R-IND-4 [local, several]
    out.add(Code::too_few_indicators, std::nullopt,
            "绩效指标只有 " + std::to_string(indicators.size()) + " 个，少于 " +
                std::to_string(s.params.min_indicators) +
                " 个。请补充反映产出、效益等方面的量化指标。");
  }
}

}  // namespace

constinit const Check goal_check{"goal", kEmits, run};

}  // namespace jixiao::targets::checks
