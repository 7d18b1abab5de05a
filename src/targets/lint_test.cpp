#include "targets/lint.h"

#include <gtest/gtest.h>

#include <set>

#include "base/error.h"
#include "base/text.h"
#include "targets/lint/codes.h"
#include "targets/settings.h"

namespace jixiao::targets {
namespace {

Indicator indicator(std::string category, std::string subcategory, std::string name,
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
TargetDraft clean_target() {
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
const LintParams& national_params() {
  static const LintParams params = national_target_settings().lint;
  return params;
}

LintContext context(std::string_view version = "2021") {
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
std::set<std::string>& codes_seen() {
  static std::set<std::string> seen;
  return seen;
}

std::vector<Finding> run(const TargetDraft& t, const LintContext& c = context()) {
  auto findings = lint(t, c);
  for (const auto& f : findings) codes_seen().insert(f.code);
  return findings;
}

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
            << row.name << ": no case of lint_test.cpp emits it";
    }
  }
};
[[maybe_unused]] auto* const kEveryCodeHasACase =
    ::testing::AddGlobalTestEnvironment(new EveryCodeHasACase);

std::string dump(const std::vector<Finding>& findings) {
  std::string out;
  for (const auto& f : findings) {
    out += f.code + " " + std::string(severity_name(f.severity)) + " " +
           (f.indicator ? std::to_string(*f.indicator) : "-") + " " + f.rule + " " + f.message +
           "\n";
  }
  return out;
}

std::vector<Finding> with_code(const std::vector<Finding>& findings, std::string_view code) {
  std::vector<Finding> out;
  for (const auto& f : findings)
    if (f.code == code) out.push_back(f);
  return out;
}

// Exactly one finding of the code, with this severity, indicator and rule; returns its message.
std::string expect_one(const std::vector<Finding>& findings, std::string_view code,
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

void expect_none(const std::vector<Finding>& findings, std::string_view code) {
  EXPECT_TRUE(with_code(findings, code).empty()) << code << "\n" << dump(findings);
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

constexpr auto kError = Severity::error;
constexpr auto kWarning = Severity::warning;

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
