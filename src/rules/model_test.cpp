#include "rules/model.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "base/error.h"
#include "rules/kinds.h"
#include "targets/rule_kinds.h"
#include "targets/settings.h"

namespace jixiao::rules {
namespace {

TEST(Rules, ShipTheDefaultsOfRulesMd) {
  const auto* tr2 = find_national_rule("R-TR-2");
  ASSERT_NE(tr2, nullptr);
  EXPECT_EQ(hundredths(tr2->params.at("pass_mark")), 6000);  // R-TR-2: 60
  long long sum = 0;
  for (const auto& i : tr2->params.at("sheet").as_array())
    sum += hundredths(i.as_object().at("max"));
  EXPECT_EQ(sum, 10000);
  EXPECT_EQ(hundredths(find_national_rule("R-GR-1")->params.at("excellent")), 9000);
}

TEST(Rules, ARegionsParametersKeepTheShapeOfTheDefaults) {
  RuleKinds kinds;
  targets::register_rule_kinds(kinds);
  const auto& tr2 = *find_national_rule("R-TR-2");
  auto p = tr2.params;
  EXPECT_NO_THROW(kinds.validate(tr2, p));
  p["pass_mark"] = 59.5;
  EXPECT_NO_THROW(kinds.validate(tr2, p));
  auto expect_field = [&](boost::json::object params, const std::string& field) {
    try {
      kinds.validate(tr2, params);
      ADD_FAILURE() << "accepted " << boost::json::serialize(params);
    } catch (const AppError& e) {
      EXPECT_EQ(e.field(), field);
    }
  };
  auto q = tr2.params;
  q["pass_mark"] = "60";
  expect_field(q, "params.pass_mark");
  q = tr2.params;
  q["pass_mark"] = 60.125;
  expect_field(q, "params.pass_mark");
  q = tr2.params;
  q["colour"] = "red";
  expect_field(q, "params.colour");
  q = tr2.params;
  q.erase("pass_mark");
  expect_field(q, "params.pass_mark");
  q = tr2.params;
  q["sheet"].as_array()[0].as_object()["max"] = 30;
  expect_field(q, "params.sheet");
  auto bands = find_national_rule("R-GR-1")->params;
  bands["good"] = 95;
  EXPECT_THROW(kinds.validate(*find_national_rule("R-GR-1"), bands), AppError);
}

TEST(Rules, TargetSettingsReadTheRuleSet) {
  std::vector<EffectiveRule> rules;
  for (const auto& r : national_rules()) rules.push_back({r, 0, {}, {}});
  rules[0].rule.params["framework"] = "2015";
  for (auto& r : rules)
    if (r.rule.id == "R-TR-2") {
      r.rule.params["pass_mark"] = 65.5;
      r.region_id = 3;
      r.region_name = "云岭州";
    }
  const auto s = targets::target_settings(RuleSet(rules));
  EXPECT_EQ(s.framework->version, "2015");
  EXPECT_EQ(s.sheet.pass_mark, 6550);
  EXPECT_EQ(s.sheet.items.size(), 4u);
  EXPECT_EQ(s.sheet.items[1].max, 3000);
  EXPECT_EQ(s.sheet_source, "云岭州设定");
  EXPECT_EQ(s.lint.min_indicators, 3);
  EXPECT_EQ(s.lint.satisfaction_floor, 800000);
  EXPECT_EQ(s.bands.good, 8000);
}

}  // namespace
}  // namespace jixiao::rules
