#include "targets/recommend_rules.h"

#include <gtest/gtest.h>

namespace jixiao::targets {
namespace {

Candidate library(const char* name, bool industry) {
  Candidate c;
  c.source = "library";
  c.indicator.name = name;
  c.industry_match = industry;
  c.industry_name = "教育";
  return c;
}

Candidate history(const char* name, const char* project) {
  Candidate c;
  c.source = "history";
  c.indicator.name = name;
  c.project_name = project;
  return c;
}

TEST(Recommend, TheProjectsIndustryComesBeforeHistoryAndCommonIndicators) {
  const auto ranked =
      rank_candidates({library("服务对象满意度", false),
                       history("送教下乡次数", "农村公路养护工程"), library("学生资助人数", true)},
                      "2026年送教下乡项目", std::nullopt, 10);
  ASSERT_EQ(ranked.size(), 3u);
  EXPECT_EQ(ranked[0].indicator.name, "学生资助人数");
  EXPECT_EQ(ranked[0].reason, "指标库·教育行业");
  EXPECT_EQ(ranked[1].indicator.name, "送教下乡次数");
  EXPECT_EQ(ranked[1].reason, "历史项目「农村公路养护工程」使用过");
  EXPECT_EQ(ranked[2].reason, "指标库·共性指标");
}

TEST(Recommend, AnIndicatorOfANearlyIdenticalProjectComesFirst) {
  const auto ranked = rank_candidates(
      {library("学生资助人数", true), history("送教下乡次数", "2025年送教下乡项目")},
      "2026年送教下乡项目", std::nullopt, 10);
  ASSERT_EQ(ranked.size(), 2u);
  EXPECT_EQ(ranked[0].indicator.name, "送教下乡次数");
}

TEST(Recommend, SameNamesMergeAndCountTheProjectsThatUsedThem) {
  const auto ranked =
      rank_candidates({history("培训人次", "甲项目"), history("培训 人次", "乙项目"),
                       history("培训人次", "丙项目"), history("合格率", "甲项目")},
                      "培训项目", std::nullopt, 10);
  ASSERT_EQ(ranked.size(), 2u);
  EXPECT_EQ(ranked[0].indicator.name, "培训人次");
  EXPECT_NE(ranked[0].reason.find("等 3 个项目"), std::string::npos) << ranked[0].reason;
  EXPECT_GT(ranked[0].score, ranked[1].score);
}

TEST(Recommend, WordsKeepOnlyIndicatorsSharingThemAndLimitCuts) {
  const auto ranked = rank_candidates(
      {library("培训人次", true), library("学生资助人数", true), library("培训合格率", true)},
      "项目", std::string("培训"), 1);
  ASSERT_EQ(ranked.size(), 1u);
  EXPECT_NE(ranked[0].indicator.name.find("培训"), std::string::npos);
}

}  // namespace
}  // namespace jixiao::targets
