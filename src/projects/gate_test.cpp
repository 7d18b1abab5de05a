#include "projects/gate.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace jixiao::projects {
namespace {

GateCondition condition(const char* key, const char* rule, const char* label, bool met,
                        const char* detail) {
  return {key, rule, label, met, detail, ""};
}

TEST(BudgetGate, AllMetLetsTheProjectThrough) {
  EXPECT_FALSE(gate_refusal({}));
  EXPECT_FALSE(gate_refusal(
      {condition("target_review", "R-TR-2", "绩效目标审核通过", true, "绩效目标已批复")}));
}

TEST(BudgetGate, TheRefusalNamesEveryUnmetConditionWithItsRule) {
  const auto refused = gate_refusal({
      condition("target_review", "R-TR-2", "绩效目标审核通过", false, "尚未填报绩效目标"),
      condition("budget_review", "R-BG-1", "预算评审完成", true, "审定 80.00 万元"),
      condition("ex_ante", "R-EA-3", "事前绩效评估予以支持", false, "尚未评估"),
  });
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->code(), "budget_gate");
  EXPECT_EQ(http_status(refused->kind()), 422);
  EXPECT_EQ(refused->detail(),
            "项目尚不能批复入预算。绩效目标审核通过：尚未填报绩效目标（R-TR-2）；"
            "事前绩效评估予以支持：尚未评估（R-EA-3）");
  const auto extra = boost::json::parse(refused->extra_json()).as_object();
  const auto& unmet = extra.at("unmet").as_array();
  ASSERT_EQ(unmet.size(), 2u);
  EXPECT_EQ(unmet[0].at("key").as_string(), "target_review");
  EXPECT_EQ(unmet[1].at("rule").as_string(), "R-EA-3");
}

}  // namespace
}  // namespace jixiao::projects
