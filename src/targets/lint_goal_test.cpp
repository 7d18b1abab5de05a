// The lint's cases for the goal, money, copies, crowding, weights and department targets, and
// the order of findings (the first half is lint_test.cpp).
#include <gtest/gtest.h>

#include "base/error.h"
#include "base/text.h"
#include "targets/lint/codes.h"
#include "targets/lint_cases.h"

namespace jixiao::targets {
namespace {

using namespace lint_cases;

TEST(Lint, CostExceedsAmount) {
  auto t = clean_target();
  t.indicators.push_back(indicator("cost", "economic_cost", "培训总成本", "<=", "120", "万元"));
  t.indicators.push_back(indicator("cost", "economic_cost", "场地租赁费", "<=", "800,000", "元"));
  // 120 万元 + 80 万元 = 200 万元: not above the money.
  expect_none(run(t), "cost_exceeds_amount");

  t.indicators.back().value = "800,001";
  const auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message = expect_one(findings, "cost_exceeds_amount", kError, std::nullopt, "R-IND-2");
  EXPECT_TRUE(contains(message, "200.00 万元")) << message;
  EXPECT_TRUE(contains(message, "200.00 万元，超过项目资金 200.00 万元")) << message;

  // Without a known amount there is nothing to compare.
  t.amount_fen.reset();
  expect_none(run(t), "cost_exceeds_amount");
}

TEST(Lint, CostTotalIsExactAndRoundsHalfUpOnce) {
  auto t = clean_target();
  t.amount_fen = 12345;  // 123.45 元
  t.indicators.push_back(indicator("cost", "economic_cost", "耗材成本", "<=", "123.4549", "元"));
  expect_none(run(t), "cost_exceeds_amount");  // 12345.49 fen → 12345
  t.indicators.back().value = "123.455";
  expect_one(run(t), "cost_exceeds_amount", kError, std::nullopt, "R-IND-2");  // → 12346
  // Money of other units (元/人) and other categories are not summed.
  t.indicators.back().unit = "元/人";
  expect_none(run(t), "cost_exceeds_amount");
  t.indicators.back() = indicator("output", "quantity", "采购金额", ">=", "999", "万元");
  expect_none(run(t), "cost_exceeds_amount");
  // A huge value saturates instead of overflowing.
  t.indicators.back() =
      indicator("cost", "economic_cost", "总成本", "<=", "900000000000000", "亿元");
  expect_one(run(t), "cost_exceeds_amount", kError, std::nullopt, "R-IND-2");
}

// Vague words are caught wherever the target states its aims, not only in an indicator.
TEST(Lint, VagueGoal) {
  auto t = clean_target();
  t.overall_goal = "有效提升职业技能培训质量，" + t.overall_goal;
  auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  auto message = expect_one(findings, "vague_goal", kWarning, std::nullopt, "R-IND-4");
  EXPECT_TRUE(contains(message, "年度总体目标使用了“有效提升”")) << message;

  t = clean_target();
  t.medium_term_goal = "三年内就业服务水平稳步提升";
  expect_one(run(t), "vague_goal", kWarning, std::nullopt, "R-IND-4");
}

TEST(Lint, GoalNotBrokenDown) {
  auto t = clean_target();
  auto c = context();
  c.project_name = "";
  t.overall_goal = "促进城乡劳动者就业。";  // relates to 就业率 only: 1 of 4
  auto findings = run(t, c);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message =
      expect_one(findings, "goal_not_broken_down", kWarning, std::nullopt, "R-LINT-3");
  EXPECT_TRUE(contains(message, "共 4 个，只有 1 个"));

  t.overall_goal = "完成人次目标，促进城乡劳动者就业。";  // 2 of 4: half is enough
  expect_none(run(t, c), "goal_not_broken_down");
  // The project name counts as context.
  t.overall_goal = "促进城乡劳动者就业。";
  expect_none(run(t), "goal_not_broken_down");
}

TEST(Lint, GoalNumberNotMeasured) {
  auto t = clean_target();
  t.overall_goal = "2026年完成2500人次职业技能培训，培训合格率达到95%以上，参训人员就业率达到60%。";
  const auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message =
      expect_one(findings, "goal_number_not_measured", kWarning, std::nullopt, "R-LINT-3");
  EXPECT_TRUE(contains(message, "2500"));
  EXPECT_FALSE(contains(message, "2026"));
}

TEST(Lint, GoalNumbersIgnoreDatesAndFollowNotation) {
  auto t = clean_target();
  t.overall_goal =
      "按照2024-2026年规划，于2026年10月31日前（2026-10-31）完成２，０００人次培训、开展3期，"
      "合格率95％，就业率60%，满意度90%，人均成本800元。";
  expect_none(run(t), "goal_number_not_measured");

  t.overall_goal = "完成0.2万人次培训，合格率95%，就业率60%，满意度90%，人均成本800元。";
  expect_none(run(t), "goal_number_not_measured");

  // The indicator written in 万: 0.2 万人次 measures 2000 人次.
  t = clean_target();
  t.indicators[0].value = "0.2";
  t.indicators[0].unit = "万人次";
  expect_none(run(t), "goal_number_not_measured");

  // 2000 is a year only before 年 or a range.
  t = clean_target();
  t.indicators[0].value = "1800";
  const auto message =
      expect_one(run(t), "goal_number_not_measured", kWarning, std::nullopt, "R-LINT-3");
  EXPECT_TRUE(contains(message, "数字 2000 "));

  // A number that belongs to an indicator's name is not a promise left unmeasured.
  t = clean_target();
  t.indicators[1].name = "12345热线工单按时办结率";
  t.overall_goal += "12345热线工单按时办结率达到95%。";
  expect_none(run(t), "goal_number_not_measured");
  // Nor one of the project's name.
  t = clean_target();
  t.overall_goal = "为80周岁以上老人" + t.overall_goal;
  auto c = context();
  expect_one(run(t, c), "goal_number_not_measured", kWarning, std::nullopt, "R-LINT-3");
  c.project_name = "80周岁以上老年人职业技能培训项目";
  expect_none(run(t, c), "goal_number_not_measured");
}

TEST(Lint, CopiedGoal) {
  auto t = clean_target();
  auto c = context();
  SiblingTarget copy;
  copy.target_id = 13;
  copy.project_name = "老年人技能培训项目";
  copy.overall_goal = " " + t.overall_goal + "\n";
  copy.overall_goal.replace(copy.overall_goal.find("，"), 3, ",");
  copy.indicator_names = {"培训人次", "培训时长"};
  c.siblings.push_back(copy);
  const auto findings = run(t, c);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message = expect_one(findings, "copied_goal", kWarning, std::nullopt, "R-LINT-4");
  EXPECT_TRUE(contains(message, "老年人技能培训项目"));
  expect_none(run(t), "copied_goal");
}

TEST(Lint, CopiedIndicators) {
  auto t = clean_target();
  auto c = context();
  SiblingTarget copy;
  copy.target_id = 14;
  copy.project_name = "妇女创业培训项目";
  copy.overall_goal = "完成500人次妇女创业培训。";
  for (auto it = t.indicators.rbegin(); it != t.indicators.rend(); ++it)
    copy.indicator_names.push_back(it->name + " ");
  c.siblings.push_back(copy);
  const auto findings = run(t, c);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message =
      expect_one(findings, "copied_indicators", kWarning, std::nullopt, "R-LINT-4");
  EXPECT_TRUE(contains(message, "妇女创业培训项目"));

  // A sibling with one more indicator is not a copy.
  c.siblings.back().indicator_names.push_back("创业成功率");
  expect_none(run(t, c), "copied_indicators");
}

TEST(Lint, TooManyInSubcategory) {
  auto t = clean_target();
  t.indicators.push_back(indicator("output", "quantity", "培训班次", ">=", "20", "期"));
  auto c = context();
  c.params.max_per_subcategory = 2;
  expect_none(run(t, c), "too_many_in_subcategory");
  c.params.max_per_subcategory = 1;
  const auto findings = run(t, c);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message =
      expect_one(findings, "too_many_in_subcategory", kWarning, std::nullopt, "R-LINT-1");
  EXPECT_TRUE(contains(message, "数量指标"));
}

TEST(Lint, WeightsSum) {
  auto t = clean_target();
  t.indicators[4].weight = 2950;
  auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message = expect_one(findings, "weights_sum", kWarning, std::nullopt, "R-SE-1");
  EXPECT_TRUE(contains(message, "89.5 分"));

  t.indicators[4].weight = 4000;  // 100 in all
  expect_none(run(t), "weights_sum");
  for (auto& i : t.indicators) i.weight = 0;  // no weights yet
  expect_none(run(t), "weights_sum");
}

TEST(Lint, ComparatorDirection) {
  auto t = clean_target();
  t.indicators[3].direction = "higher";  // ≤ is lower-is-better
  const auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message = expect_one(findings, "comparator_direction", kWarning, 3, "R-IND-3");
  EXPECT_TRUE(contains(message, "正向"));
  EXPECT_TRUE(contains(message, "≤"));

  t.indicators[3].direction = "";
  expect_none(run(t), "comparator_direction");
}

TEST(Lint, DepartmentTargetsNeedDutiesAndTasks) {
  auto t = clean_target();
  t.kind = "department";
  auto findings = run(t);
  ASSERT_EQ(findings.size(), 2u) << dump(findings);
  expect_one(findings, "duties_missing", kWarning, std::nullopt, "R-LINT-5");
  expect_one(findings, "task_missing", kWarning, std::nullopt, "R-LINT-5");

  t.duties = "负责全县人力资源和社会保障工作。";
  t.tasks.push_back(Task{"职业技能培训", "开展职业技能培训", 200 * kFenPerWan, {7}});
  findings = run(t);
  EXPECT_TRUE(findings.empty()) << dump(findings);

  // A project target needs neither.
  expect_none(run(clean_target()), "duties_missing");
}

TEST(Lint, OrdersErrorsFirstThenWholeTargetThenIndicators) {
  auto t = clean_target();
  t.indicators[3].direction = "higher";  // warning on 3
  t.indicators[4].value = "较高";        // error on 4
  t.indicators[1].unit = "";             // error on 1
  t.indicators.pop_back();               // warning, whole target
  t.indicators.push_back(indicator("output", "quantity", "培训人次", ">=", "2000", "人次", 1000));
  t.overall_goal = "";  // error, whole target
  const auto findings = run(t);
  std::vector<std::string> order;
  for (const auto& f : findings)
    order.push_back(f.code + "@" + (f.indicator ? std::to_string(*f.indicator) : "-"));
  EXPECT_EQ(order, (std::vector<std::string>{"goal_missing@-", "unit_missing@1",
                                             "value_not_number@4", "category_missing@-",
                                             "comparator_direction@3", "repeated_indicator@5"}))
      << dump(findings);
  EXPECT_TRUE(blocks_submission(findings));
  for (const auto& f : findings) {
    if (f.indicator) {
      EXPECT_TRUE(contains(f.message, t.indicators[static_cast<std::size_t>(*f.indicator)].name))
          << f.message;
    }
    EXPECT_TRUE(contains(f.message, "请")) << f.message;  // says how to fix it
  }
}

TEST(Lint, OlderFrameworkPutsCostUnderOutput) {
  auto c = context("2015");
  auto t = clean_target();
  t.indicators[3].category = "output";
  auto findings = run(t, c);
  EXPECT_TRUE(findings.empty()) << dump(findings);

  // A target written for 2021 does not fit 2015: its cost indicator is unknown there.
  findings = run(clean_target(), c);
  expect_one(findings, "category_unknown", kError, 3, "R-IND-1");
  auto message = expect_one(findings, "category_missing", kError, std::nullopt, "R-IND-1");
  EXPECT_TRUE(contains(message, "产出指标下"));

  // Without cost, 2015 asks for it under output.
  t.indicators.erase(t.indicators.begin() + 3);
  findings = run(t, c);
  message = expect_one(findings, "category_missing", kError, std::nullopt, "R-IND-1");
  EXPECT_TRUE(contains(message, "成本指标"));

  // A cost indicator under output is not output: output still needs its quantity.
  t = clean_target();
  t.indicators[3].category = "output";
  t.indicators.erase(t.indicators.begin(), t.indicators.begin() + 3);
  findings = run(t, c);
  expect_one(findings, "category_missing", kError, std::nullopt, "R-IND-1");
  expect_none(findings, "output_subcategory_missing");
}

TEST(Lint, BlocksSubmissionOnlyOnErrors) {
  EXPECT_FALSE(blocks_submission({}));
  Finding warning{"goal_too_long", Severity::warning, std::nullopt, "…", "R-LINT-1"};
  Finding error{"goal_missing", Severity::error, std::nullopt, "…", "R-IND-4"};
  EXPECT_FALSE(blocks_submission({warning}));
  EXPECT_TRUE(blocks_submission({warning, error}));
}

TEST(Lint, RequiresAFramework) {
  LintContext c;
  EXPECT_THROW(lint(clean_target(), c), AppError);
}

}  // namespace
}  // namespace jixiao::targets
