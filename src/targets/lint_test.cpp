#include "targets/lint.h"

#include <gtest/gtest.h>

#include "targets/lint_cases.h"

#include <set>

#include "base/error.h"
#include "base/text.h"
#include "targets/lint/codes.h"
#include "targets/settings.h"

namespace jixiao::targets {
namespace {

using namespace lint_cases;

// After a run of every Lint case (not a filtered one), each code of the table was emitted by one.
class EveryCodeHasACase : public ::testing::Environment {
 public:
  void TearDown() override {
    const auto& unit = *::testing::UnitTest::GetInstance();
    for (int i = 0; i < unit.total_test_suite_count(); ++i) {
      const auto& suite = *unit.GetTestSuite(i);
      if (std::string_view(suite.name()) != "Lint") continue;
      if (suite.test_to_run_count() != suite.total_test_count()) return;
      for (const auto& row : checks::kCodes)
        EXPECT_TRUE(codes_seen().count(std::string(row.name)))
            << row.name << ": no case of the lint tests emits it";
    }
  }
};
[[maybe_unused]] auto* const kEveryCodeHasACase =
    ::testing::AddGlobalTestEnvironment(new EveryCodeHasACase);

TEST(Lint, ACleanTargetHasNoFindings) {
  const auto findings = run(clean_target());
  EXPECT_TRUE(findings.empty()) << dump(findings);
  EXPECT_FALSE(blocks_submission(findings));
}

TEST(Lint, GoalMissing) {
  auto t = clean_target();
  t.overall_goal = " \xE3\x80\x80 ";
  const auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message = expect_one(findings, "goal_missing", kError, std::nullopt, "R-IND-4");
  EXPECT_TRUE(contains(message, "年度总体目标"));
  EXPECT_TRUE(blocks_submission(findings));
}

TEST(Lint, GoalTooLong) {
  auto t = clean_target();
  auto c = context();
  c.params.max_goal_chars = static_cast<int>(utf8_length(t.overall_goal));
  expect_none(run(t, c), "goal_too_long");
  c.params.max_goal_chars -= 1;
  const auto findings = run(t, c);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message = expect_one(findings, "goal_too_long", kWarning, std::nullopt, "R-LINT-1");
  EXPECT_TRUE(contains(message, std::to_string(utf8_length(t.overall_goal)) + " 字"));
  EXPECT_FALSE(blocks_submission(findings));
}

TEST(Lint, TooFewIndicators) {
  auto c = context();
  c.params.min_indicators = 6;
  expect_none(run(clean_target(), c), "too_few_indicators");
  c.params.min_indicators = 7;
  const auto findings = run(clean_target(), c);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  expect_one(findings, "too_few_indicators", kError, std::nullopt, "R-IND-4");

  auto t = clean_target();
  t.indicators.resize(2);
  expect_one(run(t), "too_few_indicators", kError, std::nullopt, "R-IND-4");
}

TEST(Lint, CategoryUnknown) {
  auto t = clean_target();
  t.indicators.push_back(indicator("benefit", "quantity", "带动就业人数", ">=", "500", "人"));
  const auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message = expect_one(findings, "category_unknown", kError, 6, "R-IND-1");
  EXPECT_TRUE(contains(message, "带动就业人数"));
  EXPECT_TRUE(contains(message, "效益指标"));
  EXPECT_TRUE(contains(message, "数量指标"));
}

TEST(Lint, CategoryUnknownSkipsTheCategoryChecks) {
  auto t = clean_target();
  // Satisfaction with a subcategory it does not have, and a value far over 100.
  t.indicators[5].subcategory = "quality";
  t.indicators[5].value = "120";
  const auto findings = run(t);
  expect_one(findings, "category_unknown", kError, 5, "R-IND-1");
  expect_none(findings, "satisfaction_out_of_range");
  // It does not count as satisfaction either.
  expect_one(findings, "category_missing", kWarning, std::nullopt, "R-IND-1");
}

TEST(Lint, NameMissing) {
  auto t = clean_target();
  t.indicators[1].name = "  ";
  const auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message = expect_one(findings, "name_missing", kError, 1, "R-IND-2");
  EXPECT_TRUE(contains(message, "第2项指标"));
}

TEST(Lint, ValueMissing) {
  auto t = clean_target();
  t.indicators[0].value = "";
  const auto findings = run(t);
  const auto message = expect_one(findings, "value_missing", kError, 0, "R-IND-2");
  EXPECT_TRUE(contains(message, "培训人次"));
  expect_none(findings, "value_not_number");
  expect_none(findings, "unit_missing");
}

TEST(Lint, UnitMissing) {
  auto t = clean_target();
  t.indicators[0].unit = "";
  auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message = expect_one(findings, "unit_missing", kError, 0, "R-IND-2");
  EXPECT_TRUE(contains(message, "培训人次"));

  // Qualitative indicators need no unit; a date or a value written with % carries its own.
  t = clean_target();
  t.indicators.push_back(indicator("benefit", "sustainability", "培训长效机制", "qualitative",
                                   "建立培训档案和跟踪回访制度", ""));
  t.indicators[1].value = "95%";
  t.indicators[1].unit = "";
  findings = run(t);
  EXPECT_TRUE(findings.empty()) << dump(findings);
}

TEST(Lint, ValueNotNumber) {
  auto t = clean_target();
  t.indicators[0].value = "两千";
  auto message = expect_one(run(t), "value_not_number", kError, 0, "R-IND-2");
  EXPECT_TRUE(contains(message, "两千"));
  EXPECT_TRUE(contains(message, "定性"));

  // A date is a number only for timeliness.
  t = clean_target();
  t.indicators[4].value = "2026-12-31";
  message = expect_one(run(t), "value_not_number", kError, 4, "R-IND-2");
  EXPECT_TRUE(contains(message, "时效"));

  // Good: thousands separators, a comparator typed in the value, a qualitative text.
  t = clean_target();
  t.indicators[0].value = "2,000";
  t.indicators[1].value = "≥95";
  t.indicators.push_back(
      indicator("benefit", "social", "培训社会影响", "qualitative", "达到预期", ""));
  expect_none(run(t), "value_not_number");
}

TEST(Lint, CategoryMissingOutput) {
  auto t = clean_target();
  t.indicators.erase(t.indicators.begin(), t.indicators.begin() + 3);
  const auto findings = run(t);
  const auto message = expect_one(findings, "category_missing", kError, std::nullopt, "R-IND-1");
  EXPECT_TRUE(contains(message, "产出指标"));
  expect_none(findings, "output_subcategory_missing");
}

TEST(Lint, CategoryMissingBenefit) {
  auto t = clean_target();
  t.indicators.erase(t.indicators.begin() + 4);
  const auto message = expect_one(run(t), "category_missing", kError, std::nullopt, "R-IND-1");
  EXPECT_TRUE(contains(message, "效益指标"));
}

TEST(Lint, CategoryMissingCost) {
  auto t = clean_target();
  t.indicators.erase(t.indicators.begin() + 3);
  const auto message = expect_one(run(t), "category_missing", kError, std::nullopt, "R-IND-1");
  EXPECT_TRUE(contains(message, "成本指标"));
}

TEST(Lint, CategoryMissingSatisfactionIsAWarning) {
  auto t = clean_target();
  t.indicators.pop_back();
  const auto findings = run(t);
  const auto message = expect_one(findings, "category_missing", kWarning, std::nullopt, "R-IND-1");
  EXPECT_TRUE(contains(message, "服务对象"));
  EXPECT_FALSE(blocks_submission(with_code(findings, "category_missing")));
}

TEST(Lint, CategoryMissingOncePerCategory) {
  auto t = clean_target();
  t.indicators.erase(t.indicators.begin() + 4);  // benefit
  t.indicators.pop_back();                       // satisfaction
  const auto found = with_code(run(t), "category_missing");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].severity, kError);
  EXPECT_TRUE(contains(found[0].message, "效益指标"));
  EXPECT_EQ(found[1].severity, kWarning);
  EXPECT_TRUE(contains(found[1].message, "满意度指标"));
}

TEST(Lint, OutputSubcategoryMissing) {
  auto t = clean_target();
  t.indicators.erase(t.indicators.begin());  // quantity
  auto message = expect_one(run(t), "output_subcategory_missing", kError, std::nullopt, "R-IND-1");
  EXPECT_TRUE(contains(message, "数量指标"));

  t = clean_target();
  t.indicators.erase(t.indicators.begin() + 1);  // quality
  message = expect_one(run(t), "output_subcategory_missing", kWarning, std::nullopt, "R-IND-1");
  EXPECT_TRUE(contains(message, "质量指标"));

  t = clean_target();
  t.indicators.erase(t.indicators.begin() + 2);  // timeliness
  message = expect_one(run(t), "output_subcategory_missing", kWarning, std::nullopt, "R-IND-1");
  EXPECT_TRUE(contains(message, "时效指标"));

  t = clean_target();
  t.indicators.erase(t.indicators.begin() + 1, t.indicators.begin() + 3);
  EXPECT_EQ(with_code(run(t), "output_subcategory_missing").size(), 2u);
}

TEST(Lint, DuplicateIndicatorAcrossSubcategories) {
  auto t = clean_target();
  // The seeds' case: the same indicator under quantity and under cost.
  t.indicators.push_back(indicator("cost", "economic_cost", " 培训 人次", "<=", "2000", "人次"));
  const auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message = expect_one(findings, "duplicate_indicator", kError, 6, "R-LINT-2");
  EXPECT_TRUE(contains(message, "第1项"));
  EXPECT_TRUE(contains(message, "数量指标"));
  EXPECT_TRUE(contains(message, "经济成本指标"));
}

TEST(Lint, RepeatedIndicatorInOneSubcategory) {
  auto t = clean_target();
  t.indicators.push_back(indicator("output", "quantity", "培训人次", ">=", "2000", "人次"));
  const auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  expect_one(findings, "repeated_indicator", kWarning, 6, "R-LINT-2");
  expect_none(findings, "duplicate_indicator");
}

TEST(Lint, VagueIndicator) {
  auto t = clean_target();
  t.indicators.push_back(indicator("benefit", "social", "培训质量", "qualitative", "有效提升", ""));
  auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  auto message = expect_one(findings, "vague_indicator", kError, 6, "R-IND-4");
  EXPECT_TRUE(contains(message, "有效提升"));
  EXPECT_TRUE(contains(message, "培训质量"));

  // A vague value on a quantitative indicator is reported once, as vague.
  t = clean_target();
  t.indicators[4].value = "进一步提高";
  findings = run(t);
  expect_one(findings, "vague_indicator", kError, 4, "R-IND-4");
  expect_none(findings, "value_not_number");

  // A vague name with a measurable value is fine.
  t = clean_target();
  t.indicators[4].name = "就业率有效提升";
  expect_none(run(t), "vague_indicator");
}

// The value's own words are read against the comparator: what a reviewer sees at once.
TEST(Lint, ComparatorContradictsValue) {
  auto t = clean_target();
  // 培训完成时间 ≥ 2026年12月底前: "前" says not later, "≥" says not earlier.
  t.indicators[2].comparator = ">=";
  t.indicators[2].direction = "";
  t.indicators[2].value = "2026年12月底前";
  auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  auto message = expect_one(findings, "comparator_contradicts_value", kError, 2, "R-IND-3");
  EXPECT_TRUE(contains(message, "“≥”")) << message;
  EXPECT_TRUE(contains(message, "2026-12-31")) << message;

  // A comparator typed into the value against the one chosen.
  t = clean_target();
  t.indicators[3].value = "≥800";  // 人均培训成本 ≤ …
  expect_one(run(t), "comparator_contradicts_value", kError, 3, "R-IND-3");

  // A plain date with ≥: done after the date is better? A warning, not a block.
  t = clean_target();
  t.indicators[2].comparator = ">=";
  t.indicators[2].direction = "";
  findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  message = expect_one(findings, "comparator_contradicts_value", kWarning, 2, "R-IND-3");
  EXPECT_TRUE(contains(message, "“≤”")) << message;

  // Words that agree with the comparator are fine.
  for (auto value : {"2026年10月底前", "≤2026-10-31", "2026年10月31日之前"}) {
    t = clean_target();
    t.indicators[2].value = value;
    expect_none(run(t), "comparator_contradicts_value");
  }
  t = clean_target();
  t.indicators[0].value = "≥2000";
  expect_none(run(t), "comparator_contradicts_value");
}

TEST(Lint, InputAsIndicator) {
  auto t = clean_target();
  t.indicators.push_back(indicator("output", "quantity", "培训资金投入", ">=", "150", "万元"));
  const auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message = expect_one(findings, "input_as_indicator", kWarning, 6, "R-IND-4");
  EXPECT_TRUE(contains(message, "资金投入"));

  // As a cost indicator it is a cost ceiling.
  t = clean_target();
  t.indicators.push_back(indicator("cost", "economic_cost", "培训经费投入", "<=", "150", "万元"));
  expect_none(run(t), "input_as_indicator");
}

TEST(Lint, SatisfactionOutOfRange) {
  auto t = clean_target();
  t.indicators[5].value = "120";
  auto findings = run(t);
  expect_one(findings, "satisfaction_out_of_range", kError, 5, "R-IND-5");

  t.indicators[5].value = "79.99";
  findings = run(t);
  const auto message = expect_one(findings, "satisfaction_out_of_range", kWarning, 5, "R-IND-5");
  EXPECT_TRUE(contains(message, "79.99"));
  EXPECT_TRUE(contains(message, "80%"));

  for (auto good : {"80", "100", "≥ 95%"}) {
    t.indicators[5].value = good;
    expect_none(run(t), "satisfaction_out_of_range");
  }
  auto c = context();
  c.params.satisfaction_floor = 950000;
  t.indicators[5].value = "90";
  expect_one(run(t, c), "satisfaction_out_of_range", kWarning, 5, "R-IND-5");
}

TEST(Lint, SatisfactionNotRate) {
  auto t = clean_target();
  t.indicators[5].unit = "分";
  auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  expect_one(findings, "satisfaction_not_rate", kWarning, 5, "R-IND-5");

  t.indicators[5].comparator = "qualitative";
  t.indicators[5].value = "满意";
  t.indicators[5].unit = "";
  expect_one(run(t), "satisfaction_not_rate", kWarning, 5, "R-IND-5");

  // The % typed in the value makes it a rate.
  t = clean_target();
  t.indicators[5].value = "90%";
  t.indicators[5].unit = "";
  findings = run(t);
  EXPECT_TRUE(findings.empty()) << dump(findings);
}

TEST(Lint, RateOver100) {
  auto t = clean_target();
  t.indicators[1].value = "100.5";
  auto findings = run(t);
  const auto message = expect_one(findings, "rate_over_100", kError, 1, "R-IND-5");
  EXPECT_TRUE(contains(message, "100.5"));

  t.indicators[1].value = "105%";
  t.indicators[1].unit = "";
  expect_one(run(t), "rate_over_100", kError, 1, "R-IND-5");

  t.indicators[1].value = "100";
  t.indicators[1].unit = "％";
  expect_none(run(t), "rate_over_100");
  // 2000 人次 is no rate.
  expect_none(run(clean_target()), "rate_over_100");
}

TEST(Lint, TimeWithoutDate) {
  auto t = clean_target();
  t.indicators[2].comparator = "qualitative";
  t.indicators[2].value = "及时";
  auto findings = run(t);
  ASSERT_EQ(findings.size(), 1u) << dump(findings);
  const auto message = expect_one(findings, "time_without_date", kError, 2, "R-IND-2");
  EXPECT_TRUE(contains(message, "培训完成时间"));

  t = clean_target();
  t.indicators[2].value = "30";
  t.indicators[2].unit = "次";
  findings = run(t);
  expect_one(findings, "time_without_date", kError, 2, "R-IND-2");
  expect_none(findings, "value_not_number");

  for (auto [value, unit] : {std::pair{"30", "天"},
                             {"15", "个工作日"},
                             {"2026年10月", ""},
                             {"2026年10月31日前", ""},
                             {"95", "%"}}) {
    t.indicators[2].value = value;
    t.indicators[2].unit = unit;
    expect_none(run(t), "time_without_date");
  }
}

}  // namespace
}  // namespace jixiao::targets
