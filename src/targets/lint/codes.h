// Every finding code of the lint, the rule (R-… of RULES.md) that produces it and its severity:
// the one place the checks take them from, so a code never drifts from its rule.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "targets/model.h"

namespace jixiao::targets::checks {

enum class Code : unsigned char {
  goal_missing,
  goal_too_long,
  too_few_indicators,
  category_missing,
  output_subcategory_missing,
  category_unknown,
  name_missing,
  value_missing,
  unit_missing,
  value_not_number,
  time_without_date,
  vague_indicator,
  vague_goal,
  input_as_indicator,
  satisfaction_out_of_range,
  satisfaction_not_rate,
  rate_over_100,
  comparator_direction,
  comparator_contradicts_value,
  duplicate_indicator,
  repeated_indicator,
  cost_exceeds_amount,
  goal_not_broken_down,
  goal_number_not_measured,
  copied_goal,
  copied_indicators,
  too_many_in_subcategory,
  weights_sum,
  duties_missing,
  task_missing,
};

struct CodeInfo {
  Code code;
  std::string_view name;  // Finding::code, stable: stored and sent to clients
  std::string_view rule;  // Finding::rule
  Severity severity;
  // The check decides between error and warning case by case (and says which at each finding);
  // severity above is then the graver one.
  bool severity_varies = false;
  std::string_view title;
};

inline constexpr std::array kCodes = {
    CodeInfo{Code::goal_missing, "goal_missing", "R-IND-4", Severity::error, false,
             "未填写年度总体目标"},
    CodeInfo{Code::goal_too_long, "goal_too_long", "R-LINT-1", Severity::warning, false,
             "总体目标过长"},
    CodeInfo{Code::too_few_indicators, "too_few_indicators", "R-IND-4", Severity::error, false,
             "指标数量不足"},
    // Satisfaction missing is a warning, any other category an error.
    CodeInfo{Code::category_missing, "category_missing", "R-IND-1", Severity::error, true,
             "缺少一级指标"},
    // Quantity missing is an error, quality or timeliness a warning.
    CodeInfo{Code::output_subcategory_missing, "output_subcategory_missing", "R-IND-1",
             Severity::error, true, "产出指标缺少二级指标"},
    CodeInfo{Code::category_unknown, "category_unknown", "R-IND-1", Severity::error, false,
             "指标类别不在指标框架中"},
    CodeInfo{Code::name_missing, "name_missing", "R-IND-2", Severity::error, false,
             "未填写指标名称"},
    CodeInfo{Code::value_missing, "value_missing", "R-IND-2", Severity::error, false,
             "未填写指标值"},
    CodeInfo{Code::unit_missing, "unit_missing", "R-IND-2", Severity::error, false,
             "未填写计量单位"},
    CodeInfo{Code::value_not_number, "value_not_number", "R-IND-2", Severity::error, false,
             "定量指标的指标值不是数值"},
    CodeInfo{Code::time_without_date, "time_without_date", "R-IND-2", Severity::error, false,
             "时效指标没有日期或时限"},
    CodeInfo{Code::vague_indicator, "vague_indicator", "R-IND-4", Severity::error, false,
             "模糊表述"},
    CodeInfo{Code::vague_goal, "vague_goal", "R-IND-4", Severity::warning, false, "目标表述模糊"},
    CodeInfo{Code::input_as_indicator, "input_as_indicator", "R-IND-4", Severity::warning, false,
             "以投入代替绩效"},
    // Above 100% is an error, under the region's floor a warning.
    CodeInfo{Code::satisfaction_out_of_range, "satisfaction_out_of_range", "R-IND-5",
             Severity::error, true, "满意度目标值超出范围"},
    CodeInfo{Code::satisfaction_not_rate, "satisfaction_not_rate", "R-IND-5", Severity::warning,
             false, "满意度不是比率"},
    CodeInfo{Code::rate_over_100, "rate_over_100", "R-IND-5", Severity::error, false,
             "比率超过100%"},
    CodeInfo{Code::comparator_direction, "comparator_direction", "R-IND-3", Severity::warning,
             false, "比较符与指标方向不一致"},
    // The value's own words against the comparator is an error; a date that should be late, a
    // warning.
    CodeInfo{Code::comparator_contradicts_value, "comparator_contradicts_value", "R-IND-3",
             Severity::error, true, "比较符与指标值矛盾"},
    CodeInfo{Code::duplicate_indicator, "duplicate_indicator", "R-LINT-2", Severity::error, false,
             "不同二级指标下的指标相同"},
    CodeInfo{Code::repeated_indicator, "repeated_indicator", "R-LINT-2", Severity::warning, false,
             "同一二级指标下的指标重复"},
    CodeInfo{Code::cost_exceeds_amount, "cost_exceeds_amount", "R-IND-2", Severity::error, false,
             "成本指标合计超过项目资金"},
    CodeInfo{Code::goal_not_broken_down, "goal_not_broken_down", "R-LINT-3", Severity::warning,
             false, "总体目标未分解为指标"},
    CodeInfo{Code::goal_number_not_measured, "goal_number_not_measured", "R-LINT-3",
             Severity::warning, false, "目标中的数字无指标衡量"},
    CodeInfo{Code::copied_goal, "copied_goal", "R-LINT-4", Severity::warning, false,
             "照搬本单位其他项目的总体目标"},
    CodeInfo{Code::copied_indicators, "copied_indicators", "R-LINT-4", Severity::warning, false,
             "照搬本单位其他项目的指标"},
    CodeInfo{Code::too_many_in_subcategory, "too_many_in_subcategory", "R-LINT-1",
             Severity::warning, false, "同一二级指标下指标过多"},
    CodeInfo{Code::weights_sum, "weights_sum", "R-SE-1", Severity::warning, false,
             "指标权重合计不符"},
    CodeInfo{Code::duties_missing, "duties_missing", "R-LINT-5", Severity::warning, false,
             "未填写部门职能概述"},
    CodeInfo{Code::task_missing, "task_missing", "R-LINT-5", Severity::warning, false,
             "未填写年度主要任务"},
};

// The table is indexed by the code: each row sits at its code's place.
consteval bool rows_in_code_order() {
  for (std::size_t i = 0; i < kCodes.size(); ++i)
    if (static_cast<std::size_t>(kCodes[i].code) != i) return false;
  return static_cast<std::size_t>(Code::task_missing) + 1 == kCodes.size();
}
static_assert(rows_in_code_order(), "kCodes lists every Code once, in the enum's order");

constexpr const CodeInfo& info(Code code) { return kCodes[static_cast<std::size_t>(code)]; }

// The 中文 title of a stored finding's code, for people (the code itself stays in the API);
// empty for a code no check emits any more.
constexpr std::string_view title_of(std::string_view name) {
  for (const auto& c : kCodes)
    if (c.name == name) return c.title;
  return {};
}

}  // namespace jixiao::targets::checks
