#include "rules/kinds.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "base/error.h"
#include "targets/rule_kinds.h"

namespace jixiao::rules {
namespace {

std::string field_of(const RuleKinds& kinds, const Rule& rule, const boost::json::object& p) {
  try {
    kinds.validate(rule, p);
  } catch (const AppError& e) {
    return e.field();
  }
  return "(accepted)";
}

TEST(RuleKinds, ARegisteredValidatorRunsAfterTheShapeCheck) {
  const auto& fair = *find_national_rule("R-IND-5");
  RuleKinds kinds;
  int calls = 0;
  kinds.add("R-IND-5", [&](const boost::json::object& p) {
    ++calls;
    if (hundredths(p.at("satisfaction_floor")) > 10000)
      throw invalid("params.satisfaction_floor", "满意度不超过 100%");
  });
  EXPECT_TRUE(kinds.has("R-IND-5"));
  EXPECT_EQ(field_of(kinds, fair, {{"satisfaction_floor", 85}}), "(accepted)");
  EXPECT_EQ(field_of(kinds, fair, {{"satisfaction_floor", 101}}), "params.satisfaction_floor");
  EXPECT_EQ(calls, 2);
  // A wrong shape is refused before the validator sees it.
  EXPECT_EQ(field_of(kinds, fair, {{"satisfaction_floor", "85"}}), "params.satisfaction_floor");
  EXPECT_EQ(calls, 2);
}

TEST(RuleKinds, ARuleWithoutAValidatorGetsTheShapeCheckOnly) {
  const RuleKinds none;
  const auto& tr2 = *find_national_rule("R-TR-2");
  auto p = tr2.params;
  p["sheet"].as_array()[0].as_object()["max"] = 30;  // sums to 110: only R-TR-2's check sees it
  EXPECT_FALSE(none.has("R-TR-2"));
  EXPECT_EQ(field_of(none, tr2, p), "(accepted)");
  p["pass_mark"] = "60";
  EXPECT_EQ(field_of(none, tr2, p), "params.pass_mark");
  p = tr2.params;
  p["extra"] = 1;
  EXPECT_EQ(field_of(none, tr2, p), "params.extra");
}

TEST(RuleKinds, RegisteringARuleTwiceIsALogicError) {
  RuleKinds kinds;
  kinds.add("R-GR-1", [](const boost::json::object&) {});
  EXPECT_THROW(kinds.add("R-GR-1", [](const boost::json::object&) {}), std::logic_error);
  EXPECT_THROW(kinds.add("R-TR-2", nullptr), std::logic_error);
  RuleKinds twice;
  targets::register_rule_kinds(twice);
  EXPECT_THROW(targets::register_rule_kinds(twice), std::logic_error);
}

TEST(RuleKinds, TheTargetsStageChecksItsRules) {
  RuleKinds kinds;
  targets::register_rule_kinds(kinds);
  for (const char* id : {"R-IND-1", "R-TR-2", "R-GR-1"}) EXPECT_TRUE(kinds.has(id)) << id;
  for (const auto& r : national_rules()) EXPECT_NO_THROW(kinds.validate(r, r.params)) << r.id;
  const auto& ind1 = *find_national_rule("R-IND-1");
  EXPECT_EQ(field_of(kinds, ind1, {{"framework", "1999"}}), "params.framework");
  const auto& tr2 = *find_national_rule("R-TR-2");
  auto p = tr2.params;
  p["pass_mark"] = 0;
  EXPECT_EQ(field_of(kinds, tr2, p), "params.pass_mark");
  p = tr2.params;
  p["sheet"].as_array()[0].as_object()["max"] = 0;
  p["sheet"].as_array()[1].as_object()["max"] = 50;
  EXPECT_EQ(field_of(kinds, tr2, p), "params.sheet");
  const auto& gr1 = *find_national_rule("R-GR-1");
  EXPECT_EQ(field_of(kinds, gr1, {{"excellent", 90}, {"good", 80}, {"fair", 80}}), "params");
  EXPECT_EQ(field_of(kinds, gr1, {{"excellent", 100.01}, {"good", 80}, {"fair", 60}}), "params");
  EXPECT_EQ(field_of(kinds, gr1, {{"excellent", 85}, {"good", 75}, {"fair", 60}}), "(accepted)");
}

// The cases the web app's rules page (ruleParams.ts) is checked with too
// (tests/web/targetRuleParams.test.mjs).
const boost::json::array& cases() {
  static const boost::json::array all = [] {
    std::ifstream in(JIXIAO_SOURCE_DIR "/tests/cases/rule_params.json");
    std::stringstream text;
    text << in.rdbuf();
    return boost::json::parse(text.str()).at("cases").as_array();
  }();
  return all;
}

// The national defaults of the case's rule with its changes: a null removes a parameter, and
// sheet_max gives the sheet's maxima (items past the defaults repeat the last one).
boost::json::object params_of(const Rule& rule, const boost::json::object& c) {
  auto p = rule.params;
  if (const auto* maxima = c.if_contains("sheet_max")) {
    const auto defaults = p.at("sheet").as_array();
    boost::json::array sheet;
    for (std::size_t i = 0; i < maxima->as_array().size(); ++i) {
      auto item = defaults.at(std::min(i, defaults.size() - 1)).as_object();
      item["max"] = maxima->as_array()[i];
      sheet.push_back(std::move(item));
    }
    p["sheet"] = std::move(sheet);
  }
  if (const auto* change = c.if_contains("change"))
    for (const auto& [key, value] : change->as_object()) {
      if (value.is_null())
        p.erase(key);
      else
        p[key] = value;
    }
  return p;
}

TEST(RuleKinds, RuleParametersOfTheCases) {
  RuleKinds kinds;
  targets::register_rule_kinds(kinds);
  ASSERT_FALSE(cases().empty());
  for (const auto& v : cases()) {
    const auto& c = v.as_object();
    SCOPED_TRACE(std::string(c.at("note").as_string()));
    const auto& rule = *find_national_rule(c.at("rule").as_string());
    const auto& server = c.at("server").as_array();
    // The server names the first problem it finds.
    EXPECT_EQ(field_of(kinds, rule, params_of(rule, c)),
              server.empty() ? "(accepted)" : std::string(server.at(0).as_string()));
  }
}

}  // namespace
}  // namespace jixiao::rules
