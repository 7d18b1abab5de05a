#include "key_evaluation/statistics.h"

#include <gtest/gtest.h>

namespace jixiao::key_evaluation {
namespace {

EvaluationCell cell(long long region, std::string kind, std::string fund, std::string grade,
                    std::string status, std::string mode, long long count, Fen budget) {
  EvaluationCell c;
  c.region_id = region;
  c.kind = std::move(kind);
  c.fund_type = std::move(fund);
  c.grade = std::move(grade);
  c.status = std::move(status);
  c.mode = std::move(mode);
  c.count = count;
  c.budget_fen = budget;
  return c;
}

TEST(KeyEvaluationStatistics, StatusGroups) {
  EXPECT_EQ(status_group("planned"), "planned");
  EXPECT_EQ(status_group("report_review"), "under_way");
  EXPECT_EQ(status_group("finalised"), "finalised");
  EXPECT_EQ(status_group("results_sent"), "finalised");
}

TEST(KeyEvaluationStatistics, SumsByKindFundGradeStatusModeAndRegion) {
  auto a = cell(1, "project", "general", "good", "finalised", "agency", 2, 300);
  a.commissioned = 2;
  a.contract_fen = 100;
  a.settled = 2;
  a.settled_contract_fen = 100;
  a.payable_fen = 80;
  auto b = cell(2, "policy", "special_bond", "", "planned", "finance", 1, 100);
  auto c = cell(3, "project", "general", "", "report_review", "agency", 1, 0);
  c.commissioned = 1;
  c.contract_fen = 50;
  const std::vector<FindingCell> findings = {
      {1, "closed", "2026-01-01", 2}, {3, "open", "2026-01-01", 1}, {3, "open", "2027-01-01", 1}};
  Placement p;
  p.looked_at = 1;
  p.looked_at_name = "州本级";
  p.children = {{2, "甲县"}, {3, "乙县"}, {4, "丙县"}};
  p.row_of = {{2, 2}, {3, 3}, {4, 4}};
  Statistics st;
  st.today = "2026-06-01";
  sum_statistics(st, {a, b, c}, findings, p,
                 {{"project", "policy"}, {"general"}, {"excellent", "good"}});

  EXPECT_EQ(st.total.evaluations, 4);
  EXPECT_EQ(st.total.budget_fen, 400);
  EXPECT_EQ(st.total.planned, 1);
  EXPECT_EQ(st.total.under_way, 1);
  EXPECT_EQ(st.total.finalised, 2);
  EXPECT_EQ(st.total.commissioned, 3);
  EXPECT_EQ(st.total.contract_fen, 150);
  EXPECT_EQ(st.total.payable_fen, 80);
  EXPECT_EQ(st.total.deducted_fen, 20);
  EXPECT_EQ(st.total.findings, 4);
  EXPECT_EQ(st.total.rectification.due, 3);
  EXPECT_EQ(st.total.rectification.closed, 2);
  EXPECT_EQ(st.total.rectification.overdue, 1);
  const auto r = rates_of(st.total);
  EXPECT_EQ(r.rectification_rate, "66.67");
  EXPECT_EQ(r.finalised_share, "50.00");
  EXPECT_EQ(r.payable_share, "80.00");

  ASSERT_EQ(st.by_kind.size(), 2u);
  EXPECT_EQ(st.by_kind[0].key, "project");
  EXPECT_EQ(st.by_kind[0].evaluations, 3);
  EXPECT_EQ(st.by_kind[0].budget_share, "75.00");
  ASSERT_EQ(st.by_fund_type.size(), 2u);
  EXPECT_EQ(st.by_fund_type[1].key, "special_bond");
  ASSERT_EQ(st.by_grade.size(), 1u);  // the finalised only
  EXPECT_EQ(st.by_grade[0].key, "good");
  EXPECT_EQ(st.by_grade[0].count_share, "100.00");
  ASSERT_EQ(st.by_status.size(), 3u);
  EXPECT_EQ(st.by_status[0].key, "planned");
  EXPECT_EQ(st.by_status[2].key, "finalised");
  EXPECT_EQ(st.by_mode[0].key, "agency");
  EXPECT_EQ(st.by_mode[0].evaluations, 3);

  ASSERT_EQ(st.by_region.size(), 4u);
  EXPECT_TRUE(st.by_region[0].own_level);
  EXPECT_EQ(st.by_region[0].figures.evaluations, 2);
  EXPECT_EQ(st.by_region[2].name, "乙县");
  EXPECT_EQ(st.by_region[2].figures.findings, 2);
  EXPECT_EQ(rates_of(st.by_region[2].figures).rectification_rate, "0.00");
  EXPECT_EQ(st.by_region[3].figures.evaluations, 0);
  EXPECT_EQ(rates_of(st.by_region[3].figures).rectification_rate, "—");
}

TEST(KeyEvaluationStatistics, NoRegionsBelowNoRegionRows) {
  Statistics st;
  st.today = "2026-06-01";
  sum_statistics(st, {cell(5, "project", "general", "", "planned", "agency", 1, 10)}, {}, {}, {});
  EXPECT_TRUE(st.by_region.empty());
  EXPECT_TRUE(st.by_grade.empty());
  EXPECT_EQ(rates_of(st.total).rectification_rate, "—");
  EXPECT_EQ(rates_of(st.total).payable_share, "—");
}

}  // namespace
}  // namespace jixiao::key_evaluation
