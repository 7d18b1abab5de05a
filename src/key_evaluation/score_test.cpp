#include "key_evaluation/score.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "base/error.h"
#include "base/money.h"
#include "cases/cases.h"
#include "key_evaluation/rule_kinds.h"
#include "key_evaluation/settings.h"
#include "rules/kinds.h"
#include "targets/json.h"

namespace jixiao::key_evaluation {
namespace {

// The cases a finance officer reads: tests/cases/key_evaluation_score.json.
const boost::json::object& cases() { return cases::load("key_evaluation_score").as_object(); }
using cases::text;

long long decimal(const boost::json::value& v) { return *parse_scaled_decimal(text(v), 2); }

// The field the rule kinds refuse with its message, or "(accepted)".
std::pair<std::string, std::string> refused(std::string_view rule,
                                            const boost::json::object& params) {
  rules::RuleKinds kinds;
  register_rule_kinds(kinds);
  try {
    kinds.validate(*rules::find_national_rule(rule), params);
    return {"(accepted)", ""};
  } catch (const AppError& e) {
    return {e.field(), e.detail()};
  }
}

boost::json::object changed(std::string_view rule, const boost::json::object& c, const char* key) {
  boost::json::object params = rules::find_national_rule(rule)->params;
  if (const auto* change = c.if_contains(key))
    for (const auto& [k, v] : change->as_object()) params[k] = v;
  return params;
}

void expect_refusals(std::string_view rule, const char* list) {
  for (const auto& v : cases().at(list).as_array()) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    const auto [field, message] = refused(rule, changed(rule, c, "change"));
    const auto& server = c.at("server").as_array();
    EXPECT_EQ(field, server.empty() ? "(accepted)" : text(server.front()));
    if (const auto* m = c.if_contains("message")) {
      EXPECT_NE(message.find(text(*m)), std::string::npos) << message;
    }
  }
}

TEST(KeyEvalScore, TheShippedWeightsAreRulesMdDefaults) {
  const Weights& w = national_score_settings().weights;
  EXPECT_EQ(w.of(Part::decision), 2000);
  EXPECT_EQ(w.of(Part::process), 2000);
  EXPECT_EQ(w.of(Part::output), 3000);
  EXPECT_EQ(w.of(Part::benefit), 3000);
  EXPECT_EQ(national_score_settings().grades.excellent, 9000);
  EXPECT_EQ(national_key_evaluation_settings().lookback_years, 2);
}

TEST(KeyEvalScore, FollowTheCases) {
  const auto& all = cases().at("cases").as_array();
  ASSERT_GE(all.size(), 10u);
  for (const auto& v : all) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    const auto weights = changed("R-KE-1", c, "weights");
    ASSERT_EQ(refused("R-KE-1", weights).first, "(accepted)");
    ScoreSettings settings = national_score_settings();
    settings.weights = read_weights(weights);
    std::vector<ExpertSheet> sheets;
    for (const auto& row : c.at("sheets").as_array()) {
      ExpertSheet s;
      for (std::size_t k = 0; k < kParts.size(); ++k) s.scores[k] = decimal(row.as_array().at(k));
      sheets.push_back(s);
    }
    if (const auto* field = c.if_contains("refused")) {
      try {
        score_evaluation(sheets, settings);
        ADD_FAILURE() << "accepted";
      } catch (const AppError& e) {
        EXPECT_EQ(e.field(), text(*field));
      }
      continue;
    }
    const EvaluationScore r = score_evaluation(sheets, settings);
    EXPECT_EQ(targets::points(r.total), text(c.at("total")));
    EXPECT_EQ(r.grade, text(c.at("grade")));
    EXPECT_EQ(r.rule, "R-KE-1");
    long long sum = 0;
    ASSERT_EQ(r.parts.size(), 4u);
    for (const auto& p : r.parts) sum += p.score;
    EXPECT_EQ(sum, r.total);  // the total is the sum of the rounded parts (R-MON-3)
    if (const auto* parts = c.if_contains("parts")) {
      for (std::size_t k = 0; k < 4; ++k) {
        EXPECT_EQ(targets::points(r.parts[k].score), text(parts->as_array().at(k)));
      }
    }
    if (const auto* detail = c.if_contains("detail")) {
      EXPECT_EQ(r.detail, text(*detail));
    }
  }
}

TEST(KeyEvalScore, WeightsKeepOutputAndBenefitAtSixtyPercent) {
  expect_refusals("R-KE-1", "weights");
}

TEST(KeyEvalScore, LookBackIsWholeYears) { expect_refusals("R-KE-3", "lookback"); }

}  // namespace
}  // namespace jixiao::key_evaluation
