#include "key_evaluation/results_letter.h"

#include <gtest/gtest.h>

namespace jixiao::key_evaluation {
namespace {

KeyEvaluation finalised() {
  KeyEvaluation e;
  e.id = 5;
  e.region_id = 2;
  e.year = 2025;
  e.kind = "project";
  e.name = "州第一中学教学设备购置";
  e.project_code = "XM-2025-001";
  e.department_id = 10;
  e.department_name = "州教育体育局";
  e.unit_id = 11;
  e.unit_name = "州第一中学";
  e.budget_fen = 1'234'567'800;  // 1234.5678 万元
  e.mode = "agency";
  e.agency_name = "云岭正信评价事务所有限公司";
  e.score = 8425;
  e.grade = "good";
  return e;
}

EvaluationScore score() {
  return score_evaluation(
      {ExpertSheet{{1800, 1500, 2600, 2500}}, ExpertSheet{{1700, 1600, 2500, 2650}}},
      national_score_settings());
}

TEST(ResultsLetter, NamesTheScoreTheGradeEveryProblemAndTheDueDate) {
  const auto e = finalised();
  const auto s = score();
  ASSERT_EQ(s.total, 8425);
  const std::vector<Problem> problems{{"资金使用效益不高", "请清理闲置设备，建立使用台账。"},
                                      {"绩效目标不够细化", "请补充可衡量的产出指标。"}};
  const auto d = results_letter({e, s, problems, "2026-09-30"});
  EXPECT_EQ(d.kind, "evaluation_result_letter");
  EXPECT_EQ(d.subject, "key_evaluation");
  EXPECT_EQ(d.subject_id, 5);
  EXPECT_EQ(d.unit_id, 11);
  EXPECT_EQ(d.department_id, 10);
  EXPECT_EQ(d.addressee, "州第一中学");
  EXPECT_EQ(d.title, "关于2025年度“州第一中学教学设备购置”重点绩效评价结果的通知");
  ASSERT_EQ(d.paragraphs.size(), 6u);
  EXPECT_EQ(d.paragraphs[0],
            "根据2025年度财政重点绩效评价工作安排，我局委托云岭正信评价事务所有限公司对“州第一中"
            "学教学设备购置”（XM-2025-001）（项目支出，评价资金 1234.57 万元）开展了重点绩效评价。"
            "评价得分 84.25 分，评价等级为“良”。评分详见附件。");
  EXPECT_EQ(d.paragraphs[1], "一、评价发现的主要问题及整改要求");
  EXPECT_EQ(d.paragraphs[2], "（一）资金使用效益不高。请清理闲置设备，建立使用台账。");
  EXPECT_EQ(d.paragraphs[3], "（二）绩效目标不够细化。请补充可衡量的产出指标。");
  EXPECT_EQ(d.paragraphs[4],
            "二、请于2026年9月30日前将整改措施及成效书面反馈我局，并在整改台账中逐项填报。");
  EXPECT_EQ(d.paragraphs[5], "三、评价结果将作为以后年度预算安排、政策调整和改进管理的重要依据。");
  ASSERT_EQ(d.attachments.size(), 1u);
  const auto& a = d.attachments[0];
  ASSERT_EQ(a.rows.size(), 6u);
  EXPECT_EQ(a.rows[0], (std::vector<std::string>{"1", "决策", "20.00", "17.50"}));
  EXPECT_EQ(a.rows[3], (std::vector<std::string>{"4", "效益", "30.00", "25.75"}));
  EXPECT_EQ(a.rows[4], (std::vector<std::string>{"", "合计", "100.00", "84.25"}));
  EXPECT_EQ(a.rows[5], (std::vector<std::string>{"", "评价等级", "", "良"}));
  EXPECT_EQ(problem_finding_title(e, problems[0]),
            "州第一中学教学设备购置（重点评价）：资金使用效益不高");
}

TEST(ResultsLetter, ADepartmentAsAWholeListsTheSixPartsOfItsSheet) {
  auto e = finalised();
  e.kind = "department";
  const auto& settings = national_score_settings();
  const auto def = score_sheet_for("department", settings);
  const auto s = score_evaluation({ExpertSheet{{1300, 1290, 2150, 1750, 850, 1300}},
                                   ExpertSheet{{1400, 1300, 2200, 1800, 900, 1300}}},
                                  def, settings.grades);
  ASSERT_EQ(s.total, 8770);
  const auto d = results_letter({e, s, {}, "2026-09-30"});
  const auto& a = d.attachments.at(0);
  ASSERT_EQ(a.rows.size(), 8u);
  EXPECT_EQ(a.rows[0], (std::vector<std::string>{"1", "运行成本", "15.00", "13.50"}));
  EXPECT_EQ(a.rows[2], (std::vector<std::string>{"3", "履职效能", "25.00", "21.75"}));
  EXPECT_EQ(a.rows[5], (std::vector<std::string>{"6", "服务对象满意度", "15.00", "13.00"}));
  EXPECT_EQ(a.rows[6], (std::vector<std::string>{"", "合计", "100.00", "87.70"}));
  // A policy's sheet names its parts as policy evaluations do.
  const auto policy = score_sheet_for("policy", settings);
  const auto p = score_evaluation({ExpertSheet{{1800, 1500, 2600, 2500}}}, policy, settings.grades);
  EXPECT_EQ(results_letter({e, p, {}, "2026-09-30"}).attachments.at(0).rows[1],
            (std::vector<std::string>{"2", "政策执行", "20.00", "15.00"}));
}

TEST(ResultsLetter, FinanceOwnEvaluationWithoutProblemsAndALowerRegionsFiscalOperation) {
  auto e = finalised();
  e.mode = "finance";
  const auto d = results_letter({e, score(), {}, "2026-09-30"});
  EXPECT_NE(d.paragraphs[0].find("我局对“州第一中学教学设备购置”"), std::string::npos);
  ASSERT_EQ(d.paragraphs.size(), 3u);
  EXPECT_EQ(d.paragraphs[1], "一、评价未发现需要整改的问题。");
  EXPECT_EQ(d.paragraphs[2], "二、评价结果将作为以后年度预算安排、政策调整和改进管理的重要依据。");

  e.kind = "fiscal_operation";
  e.unit_id = 0;
  e.department_id = 0;
  e.subject_region_name = "云岭县";
  EXPECT_EQ(results_addressee(e), "云岭县财政局");
  e.kind = "department";
  EXPECT_EQ(results_addressee(e), "州教育体育局");
}

}  // namespace
}  // namespace jixiao::key_evaluation
