// What the lint's cases share (lint_test.cpp and lint_goal_test.cpp): a clean target to break,
// the national parameters, and checks of one finding. Test code only.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/money.h"
#include "library/framework.h"
#include "targets/lint.h"
#include "targets/settings.h"

namespace jixiao::targets::lint_cases {

inline Indicator indicator(std::string category, std::string subcategory, std::string name,
                           std::string comparator, std::string value, std::string unit,
                           long long weight = 0, std::string direction = {}) {
  Indicator i;
  i.category = std::move(category);
  i.subcategory = std::move(subcategory);
  i.name = std::move(name);
  i.comparator = std::move(comparator);
  i.value = std::move(value);
  i.unit = std::move(unit);
  i.weight = weight;
  i.direction = std::move(direction);
  i.value_basis = "plan";
  return i;
}

// A realistic, lint-free training project (R-SE worked example, with cost and satisfaction).
inline TargetDraft clean_target() {
  TargetDraft t;
  t.kind = "project";
  t.project_id = 7;
  t.amount_fen = 200 * kFenPerWan;
  t.overall_goal =
      "2026年完成2000人次职业技能培训，培训合格率达到95%以上，10月底前全部完成，"
      "人均培训成本控制在800元以内，参训人员就业率达到60%，满意度达到90%以上。";
  t.indicators = {
      indicator("output", "quantity", "培训人次", ">=", "2000", "人次", 2000, "higher"),
      indicator("output", "quality", "培训合格率", ">=", "95", "%", 1000, "higher"),
      indicator("output", "timeliness", "培训完成时间", "<=", "2026-10-31", "", 1000, "lower"),
      indicator("cost", "economic_cost", "人均培训成本", "<=", "800", "元/人", 1000, "lower"),
      indicator("benefit", "social", "就业率", ">=", "60", "%", 3000, "higher"),
      indicator("satisfaction", "service_recipient", "参训人员满意度", ">=", "90", "%", 1000,
                "higher"),
  };
  return t;
}

// The parameters of the shipped rule set (data/rules/national.json), as most regions have them.
inline const LintParams& national_params() {
  static const LintParams params = national_target_settings().lint;
  return params;
}

inline LintContext context(std::string_view version = "2021") {
  LintContext c;
  c.params = national_params();
  c.framework = library::find_framework(version);
  EXPECT_NE(c.framework, nullptr);
  c.project_name = "职业技能培训项目";
  SiblingTarget other;
  other.target_id = 12;
  other.project_name = "农村道路养护项目";
  other.overall_goal = "完成农村公路养护120公里，优良路率达到85%。";
  other.indicator_names = {"养护里程", "优良路率", "完成时间"};
  c.siblings.push_back(other);
  return c;
}

// The codes the cases below have seen, so that every row of the code table has a case.
inline std::set<std::string>& codes_seen() {
  static std::set<std::string> seen;
  return seen;
}

inline std::vector<Finding> run(const TargetDraft& t, const LintContext& c = context()) {
  auto findings = lint(t, c);
  for (const auto& f : findings) codes_seen().insert(f.code);
  return findings;
}

inline std::string dump(const std::vector<Finding>& findings) {
  std::string out;
  for (const auto& f : findings) {
    out += f.code + " " + std::string(severity_name(f.severity)) + " " +
           (f.indicator ? std::to_string(*f.indicator) : "-") + " " + f.rule + " " + f.message +
           "\n";
  }
  return out;
}

inline std::vector<Finding> with_code(const std::vector<Finding>& findings, std::string_view code) {
  std::vector<Finding> out;
  for (const auto& f : findings)
    if (f.code == code) out.push_back(f);
  return out;
}

// Exactly one finding of the code, with this severity, indicator and rule; returns its message.
inline std::string expect_one(const std::vector<Finding>& findings, std::string_view code,
                              Severity severity, std::optional<int> index, std::string_view rule) {
  const auto found = with_code(findings, code);
  EXPECT_EQ(found.size(), 1u) << code << "\n" << dump(findings);
  if (found.size() != 1) return {};
  EXPECT_EQ(found[0].severity, severity) << dump(findings);
  EXPECT_EQ(found[0].indicator, index) << dump(findings);
  EXPECT_EQ(found[0].rule, rule);
  EXPECT_FALSE(found[0].message.empty());
  return found[0].message;
}

inline void expect_none(const std::vector<Finding>& findings, std::string_view code) {
  EXPECT_TRUE(with_code(findings, code).empty()) << code << "\n" << dump(findings);
}

inline bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

constexpr auto kError = Severity::error;
constexpr auto kWarning = Severity::warning;

}  // namespace jixiao::targets::lint_cases
