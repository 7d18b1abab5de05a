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

void expect_refusals_in(const boost::json::object& file, std::string_view rule, const char* list) {
  for (const auto& v : file.at(list).as_array()) {
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

void expect_refusals(std::string_view rule, const char* list) {
  expect_refusals_in(cases(), rule, list);
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
      for (const auto& cell : row.as_array()) s.scores.push_back(decimal(cell));
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

// The department-overall sheet (R-KE-2): tests/cases/key_evaluation_department_score.json.
TEST(KeyEvalScore, DepartmentSheetFollowsTheCases) {
  const auto& file = cases::load("key_evaluation_department_score").as_object();
  const ScoreSettings& settings = national_score_settings();
  const ScoreSheetDef def = score_sheet_for("department", settings);
  EXPECT_EQ(def.rule, "R-KE-2");
  ASSERT_EQ(def.parts.size(), 6u);
  const auto& shipped = file.at("parts").as_array();
  ASSERT_EQ(shipped.size(), def.parts.size());
  for (std::size_t k = 0; k < def.parts.size(); ++k) {
    const auto& p = shipped[k].as_object();
    EXPECT_EQ(def.parts[k].code, text(p.at("code")));
    EXPECT_EQ(def.parts[k].label, text(p.at("label")));
    EXPECT_EQ(targets::points(def.parts[k].weight), text(p.at("points")));
  }
  for (const auto& v : file.at("cases").as_array()) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    std::vector<ExpertSheet> sheets;
    try {
      for (std::size_t i = 0; i < c.at("sheets").as_array().size(); ++i)
        sheets.push_back(check_score_sheet(c.at("sheets").as_array()[i], def,
                                           "score_sheets[" + std::to_string(i) + "]"));
      const EvaluationScore r = score_evaluation(sheets, def, settings.grades);
      ASSERT_FALSE(c.contains("refused")) << "accepted";
      EXPECT_EQ(targets::points(r.total), text(c.at("total")));
      EXPECT_EQ(r.grade, text(c.at("grade")));
      EXPECT_EQ(r.rule, "R-KE-2");
      if (const auto* parts = c.if_contains("parts")) {
        for (std::size_t k = 0; k < def.parts.size(); ++k) {
          EXPECT_EQ(targets::points(r.parts[k].score), text(parts->as_array().at(k)));
        }
      }
      if (const auto* detail = c.if_contains("detail")) {
        EXPECT_EQ(r.detail, text(*detail));
      }
    } catch (const AppError& e) {
      ASSERT_TRUE(c.contains("refused")) << e.field() << " " << e.detail();
      EXPECT_EQ(e.field(), text(c.at("refused")));
    }
  }
  expect_refusals_in(file, "R-KE-2", "sheet");
}

TEST(KeyEvalScore, PolicySheetKeepsTheFourPartsUnderPolicyNames) {
  const ScoreSheetDef def = score_sheet_for("policy", national_score_settings());
  EXPECT_EQ(def.rule, "R-KE-1");
  ASSERT_EQ(def.parts.size(), 4u);
  EXPECT_EQ(def.parts[0].label, "政策决策");
  EXPECT_EQ(def.parts[1].code, "process");
  EXPECT_EQ(def.parts[1].label, "政策执行");
  EXPECT_EQ(def.parts[3].weight, 3000);
  const ScoreSheetDef project = score_sheet_for("project", national_score_settings());
  EXPECT_EQ(project.parts[0].label, "决策");
  // A stored sheet reads back in the sheet's order; a part it lacks counts 0.
  const auto x = stored_sheet(R"({"benefit":2500,"decision":1800})", project);
  EXPECT_EQ(x.scores, (std::vector<long long>{1800, 0, 0, 2500}));
  EXPECT_EQ(stored_json(x, project), R"({"decision":1800,"process":0,"output":0,"benefit":2500})");
}

TEST(KeyEvalScore, WeightsKeepOutputAndBenefitAtSixtyPercent) {
  expect_refusals("R-KE-1", "weights");
}

TEST(KeyEvalScore, LookBackIsWholeYears) { expect_refusals("R-KE-3", "lookback"); }

}  // namespace
}  // namespace jixiao::key_evaluation
