#include "key_evaluation/plan_json.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace jixiao::key_evaluation {
namespace {

TEST(KeyEvaluationPlanJson, CoverageRatesAreExactStringsAndNullWithoutMoney) {
  PlanCoverage c;
  c.count = 2;
  c.budget_fen = 1;
  c.projects_fen = 3;
  c.share = "33.33";
  c.by_kind.push_back({"policy", 1, 1});
  c.by_fund_type.push_back({"general", 1, 1, 3, "33.33"});
  c.by_fund_type.push_back({"gov_fund", 0, 0, 0, "—"});
  const auto o = coverage_json(c);
  EXPECT_EQ(o.at("share").as_string(), "33.33");
  EXPECT_EQ(o.at("by_kind").as_array()[0].at("label").as_string(), "财政政策");
  const auto& funds = o.at("by_fund_type").as_array();
  EXPECT_EQ(funds[0].at("label").as_string(), "一般公共预算");
  EXPECT_EQ(funds[0].at("share").as_string(), "33.33");
  EXPECT_TRUE(funds[1].at("share").is_null());
}

TEST(KeyEvaluationPlanJson, SuggestionReasonsCarryTheirLabelsAndFigures) {
  Suggestion s;
  s.project_id = 7;
  s.name = "高标准农田建设项目";
  s.amount_fen = 123;
  s.reasons.push_back(
      {"red_warning", "8 月监控红色预警", {{"budget_fen", 123}, {"executed_fen", 4}}});
  const auto o = suggestions_json({s});
  const auto& item = o.at("items").as_array()[0].as_object();
  EXPECT_EQ(item.at("project_id").as_int64(), 7);
  const auto& reason = item.at("reasons").as_array()[0].as_object();
  EXPECT_EQ(reason.at("code").as_string(), "red_warning");
  EXPECT_EQ(reason.at("label").as_string(), "运行监控红色预警");
  EXPECT_EQ(reason.at("figures").at("executed_fen").as_int64(), 4);
}

}  // namespace
}  // namespace jixiao::key_evaluation
