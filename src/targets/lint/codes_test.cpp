// The code table and the checks agree: every code a check can emit has its row (the enum makes
// that so), every row belongs to a check, and a check that emits an undeclared code or a severity
// its row does not allow is stopped. lint_test.cpp checks that each row is emitted by a case.
#include "targets/lint/codes.h"

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "base/error.h"
#include "targets/lint/check.h"
#include "targets/settings.h"

namespace jixiao::targets::checks {
namespace {

TEST(LintCodes, EveryRowNamesARuleAndATitleOnce) {
  const std::regex rule_id("R-[A-Z]+-[0-9]+");
  std::set<std::string_view> names;
  for (const auto& row : kCodes) {
    EXPECT_TRUE(names.insert(row.name).second) << row.name;
    EXPECT_TRUE(std::regex_match(std::string(row.rule), rule_id)) << row.name << " " << row.rule;
    EXPECT_FALSE(row.title.empty()) << row.name;
  }
}

TEST(LintCodes, EveryRowBelongsToExactlyOneCheck) {
  std::map<Code, std::vector<std::string_view>> owners;
  std::set<std::string_view> check_names;
  for (const Check* check : all_checks()) {
    EXPECT_TRUE(check_names.insert(check->name).second) << check->name;
    EXPECT_FALSE(check->codes.empty()) << check->name;
    EXPECT_NE(check->run, nullptr) << check->name;
    for (Code code : check->codes) owners[code].push_back(check->name);
  }
  for (const auto& row : kCodes)
    EXPECT_EQ(owners[row.code].size(), 1u) << row.name << " is emitted by no check or by several";
}

TEST(LintCodes, OnlyTheDocumentedCodesVaryInSeverity) {
  std::vector<std::string_view> varying;
  for (const auto& row : kCodes)
    if (row.severity_varies) varying.push_back(row.name);
  EXPECT_EQ(varying, (std::vector<std::string_view>{
                         "category_missing", "output_subcategory_missing",
                         "satisfaction_out_of_range", "comparator_contradicts_value"}));
}

TEST(LintCodes, FindingsTakeCodeRuleAndSeverityFromTheTable) {
  constexpr Code kDeclared[] = {Code::goal_missing, Code::category_missing};
  const Check check{"test", kDeclared, nullptr};
  Findings out;
  out.start(check);
  out.add(Code::goal_missing, std::nullopt, "…");
  out.add(Code::category_missing, Severity::warning, 2, "…");
  const auto findings = out.take();
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].code, "goal_missing");
  EXPECT_EQ(findings[0].rule, "R-IND-4");
  EXPECT_EQ(findings[0].severity, Severity::error);
  EXPECT_EQ(findings[1].code, "category_missing");
  EXPECT_EQ(findings[1].rule, "R-IND-1");
  EXPECT_EQ(findings[1].severity, Severity::warning);
  EXPECT_EQ(findings[1].indicator, 2);
}

TEST(LintCodes, AnUndeclaredCodeOrSeverityIsRefused) {
  constexpr Code kDeclared[] = {Code::goal_missing};
  const Check check{"test", kDeclared, nullptr};
  Findings out;
  EXPECT_THROW(out.add(Code::goal_missing, std::nullopt, "…"), AppError);  // no check running
  out.start(check);
  EXPECT_THROW(out.add(Code::weights_sum, std::nullopt, "…"), AppError);
  EXPECT_THROW(out.add(Code::goal_missing, Severity::warning, std::nullopt, "…"), AppError);
  EXPECT_NO_THROW(out.add(Code::goal_missing, Severity::error, std::nullopt, "…"));
}

TEST(LintCodes, TheNationalRulesGiveEveryParameter) {
  // LintParams has no defaults of its own: the shipped rule set sets each one.
  const auto p = national_target_settings().lint;
  EXPECT_EQ(p.min_indicators, 3);
  EXPECT_EQ(p.max_per_subcategory, 10);
  EXPECT_EQ(p.max_goal_chars, 500);
  EXPECT_EQ(p.satisfaction_floor, 800000);
  EXPECT_EQ(p.vague_phrases.size(), 14u);
  EXPECT_EQ(p.vague_phrases.front(), "有效提升");
  EXPECT_EQ(p.input_phrases.size(), 7u);
  EXPECT_EQ(p.input_phrases.back(), "预算资金");
}

}  // namespace
}  // namespace jixiao::targets::checks
