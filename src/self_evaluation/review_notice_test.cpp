#include "self_evaluation/review_notice.h"

#include <gtest/gtest.h>

#include "rules/model.h"
#include "self_evaluation/settings.h"

namespace jixiao::self_evaluation {
namespace {

IndicatorResult indicator(long long position, std::string name, long long weight,
                          long long computed, std::optional<long long> review,
                          std::string note = {}) {
  IndicatorResult i;
  i.position = position;
  i.name = std::move(name);
  i.computed_weight = weight;
  i.computed_score = computed;
  i.review_score = review;
  i.review_note = std::move(note);
  return i;
}

// RULES.md's worked example as the unit reported it, with every indicator met, and a review that
// found the training short and the completion late.
Evaluation example() {
  Evaluation e;
  e.id = 7;
  e.year = 2026;
  e.project_id = 3;
  e.unit_id = 11;
  e.department_id = 10;
  e.code = "XM-001";
  e.name = "职业技能培训";
  e.unit_name = "州职业技术学校";
  e.execution_weight = 1000;
  e.execution_score = 900;
  e.computed_total = 9900;
  e.indicators = {indicator(0, "培训人次", 2000, 2000, 1500, "实际培训 150 人次，台账不全"),
                  indicator(1, "合格率", 1500, 1500, 1500),
                  indicator(2, "完成时间", 1500, 1500, 0, "12 月 15 日才完成"),
                  indicator(3, "就业率", 4000, 4000, 3000)};
  return e;
}

TEST(SelfEvaluationReviewNotice, NamesTheInflationTheIndicatorsAndTheDate) {
  const Evaluation e = example();
  const long long review = 900 + 1500 + 1500 + 0 + 3000;  // 69.00
  const Inflation f = judge_inflation(std::nullopt, e.computed_total, review, 1000);
  ASSERT_TRUE(f.inflated);
  EXPECT_EQ(review_finding_title(e), "职业技能培训：绩效自评得分虚高");
  const std::string r = review_requirement(e, f, "2026-07-30");
  EXPECT_NE(r.find(f.detail), std::string::npos) << r;
  // Only the indicators the review lowered, each with its note.
  EXPECT_NE(r.find("“培训人次”自评 20.00 分、复核 15.00 分（实际培训 150 人次，台账不全）"),
            std::string::npos)
      << r;
  EXPECT_NE(r.find("“完成时间”自评 15.00 分、复核 0.00 分"), std::string::npos) << r;
  EXPECT_EQ(r.find("合格率"), std::string::npos) << r;
  EXPECT_NE(r.find("2026年7月30日前"), std::string::npos) << r;
}

TEST(SelfEvaluationReviewNotice, IsALetterToTheUnitWithTheScoresSideBySide) {
  const Evaluation e = example();
  const Inflation f = judge_inflation(std::nullopt, e.computed_total, 6900, 1000);
  const auto d = rectification_notice({4, e, f, "2026-07-30"});
  EXPECT_EQ(d.kind, "rectification_notice");
  EXPECT_EQ(d.region_id, 4);
  EXPECT_EQ(d.year, 2026);
  EXPECT_EQ(d.subject, "self_evaluation");
  EXPECT_EQ(d.subject_id, 7);
  EXPECT_EQ(d.unit_id, 11);
  EXPECT_EQ(d.department_id, 10);
  EXPECT_EQ(d.addressee, "州职业技术学校");
  EXPECT_EQ(d.title, "关于2026年度“职业技能培训”绩效自评得分虚高问题整改的通知");
  ASSERT_EQ(d.paragraphs.size(), 4u);
  EXPECT_NE(d.paragraphs[0].find("“职业技能培训”（XM-001）"), std::string::npos);
  EXPECT_NE(d.paragraphs[0].find("复核总分 69.00 分，高出 30.00 分，超过 10.00 分"),
            std::string::npos)
      << d.paragraphs[0];
  EXPECT_NE(d.paragraphs[3].find("2026年7月30日前"), std::string::npos);
  ASSERT_EQ(d.attachments.size(), 1u);
  const auto& a = d.attachments[0];
  ASSERT_EQ(a.rows.size(), 6u);  // execution, four indicators, the total
  EXPECT_EQ(a.rows[1], (std::vector<std::string>{"2", "培训人次", "20.00", "—", "20.00", "15.00",
                                                 "实际培训 150 人次，台账不全"}));
  EXPECT_EQ(a.rows[5][1], "合计");
  EXPECT_EQ(a.rows[5][2], "100.00");
  EXPECT_EQ(a.rows[5][5], "69.00");
}

TEST(SelfEvaluationReviewNotice, ADepartmentIsNamedAsAWhole) {
  Evaluation e = example();
  e.project_id = 0;
  e.code.clear();
  e.name = "州教育体育局";
  EXPECT_EQ(review_finding_title(e), "州教育体育局（部门整体）：绩效自评得分虚高");
}

TEST(SelfEvaluationReviewNotice, ChineseDates) {
  EXPECT_EQ(chinese_date("2026-07-05"), "2026年7月5日");
  EXPECT_EQ(chinese_date("不是日期"), "不是日期");
}

TEST(SelfEvaluationReviewSettings, ShippedDefaultsAndAnOverrideMissingNewParameters) {
  const auto r = review_settings(rules::national_rule_set());
  EXPECT_EQ(r.sampling.amount_threshold_fen, 100 * kFenPerWan);
  EXPECT_EQ(r.sampling.sample_percent, 10);
  EXPECT_FALSE(r.sampling.weighted);
  EXPECT_TRUE(r.key_projects);
  EXPECT_EQ(r.signals.high_score, 9000);
  EXPECT_EQ(r.signals.low_execution_percent, 60);
  EXPECT_EQ(r.signals.high_score_low_execution_weight, 2);
  EXPECT_EQ(r.signals.impossible_then_met_weight, 2);
  EXPECT_EQ(r.inflated_points, 1000);
  EXPECT_EQ(r.answer_days, 30);

  // A region that set R-RV-1 before the signals' parameters were shipped keeps its own and
  // reads the shipped ones for the rest.
  std::vector<rules::EffectiveRule> set = rules::national_rule_set().rules();
  for (auto& e : set)
    if (e.rule.id == "R-RV-1")
      e.rule.params = boost::json::object{{"amount_threshold_wan", 50.5},
                                          {"key_projects", false},
                                          {"sample_percent", 20},
                                          {"weighted", true}};
  const auto o = review_settings(rules::RuleSet(std::move(set)));
  EXPECT_EQ(o.sampling.amount_threshold_fen, 50 * kFenPerWan + kFenPerWan / 2);
  EXPECT_EQ(o.sampling.sample_percent, 20);
  EXPECT_TRUE(o.sampling.weighted);
  EXPECT_FALSE(o.key_projects);
  EXPECT_EQ(o.signals.high_score, 9000);
}

}  // namespace
}  // namespace jixiao::self_evaluation
