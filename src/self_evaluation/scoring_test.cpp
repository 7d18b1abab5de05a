#include "self_evaluation/scoring.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "base/money.h"
#include "cases/cases.h"
#include "rules/kinds.h"
#include "self_evaluation/rule_kinds.h"
#include "self_evaluation/score_json.h"
#include "self_evaluation/settings.h"
#include "targets/json.h"

namespace jixiao::self_evaluation {
namespace {

// The cases a finance officer reads: tests/cases/self_evaluation_scoring.json.
const boost::json::object& cases() { return cases::load("self_evaluation_scoring").as_object(); }
using cases::text;

rules::RuleKinds self_evaluation_kinds() {
  rules::RuleKinds kinds;
  register_rule_kinds(kinds);
  return kinds;
}

// The field the rule kinds refuse, or "(accepted)".
std::string refused_params(std::string_view rule, const boost::json::object& params) {
  try {
    self_evaluation_kinds().validate(*rules::find_national_rule(rule), params);
    return "(accepted)";
  } catch (const AppError& e) {
    return e.field();
  }
}

// The national rule set with a case's changes: {"R-SE-2": {"missing_satisfaction_to": …}}, each
// a change the rules page accepts.
rules::RuleSet rules_of(const boost::json::object& c) {
  std::vector<rules::EffectiveRule> all;
  for (const auto& r : rules::national_rules()) {
    all.push_back({r, 0, {}, {}});
    if (const auto* params = c.if_contains("params"))
      if (const auto* change = params->as_object().if_contains(r.id)) {
        for (const auto& [k, v] : change->as_object()) all.back().rule.params[k] = v;
        EXPECT_EQ(refused_params(r.id, all.back().rule.params), "(accepted)") << r.id;
      }
  }
  return rules::RuleSet(std::move(all));
}

std::string get(const boost::json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v ? text(*v) : std::string();
}

ScoringInput input_of(const boost::json::object& c) {
  ScoringInput in;
  if (const auto* b = c.if_contains("budget_wan")) in.budget_fen = *parse_wan(text(*b));
  if (const auto* e = c.if_contains("executed_wan")) in.executed_fen = *parse_wan(text(*e));
  for (const auto& v : c.at("indicators").as_array()) {
    const auto& o = v.as_object();
    IndicatorInput ii;
    ii.indicator.category = get(o, "category");
    ii.indicator.subcategory = get(o, "subcategory");
    ii.indicator.name = get(o, "name");
    ii.indicator.comparator = get(o, "comparator");
    ii.indicator.value = get(o, "value");
    ii.indicator.unit = get(o, "unit");
    ii.indicator.weight = *scaled_number(o.at("weight"), 2);
    ii.actual_value = get(o, "actual");
    if (const auto* na = o.if_contains("not_applicable")) ii.not_applicable = na->as_bool();
    ii.self_score = read_self_score(o.if_contains("self_score"), "self_score");
    in.indicators.push_back(std::move(ii));
  }
  return in;
}

// The request body of a case, as the route reads it.
boost::json::object body_of(const boost::json::object& c) {
  boost::json::object body{
      {"year", 2026},
      {"budget_fen", *parse_wan(c.contains("budget_wan") ? text(c.at("budget_wan")) : "100")},
      {"executed_fen",
       *parse_wan(c.contains("executed_wan") ? text(c.at("executed_wan")) : "100")}};
  boost::json::array indicators;
  for (const auto& v : c.at("indicators").as_array()) {
    auto o = v.as_object();
    if (!o.contains("subcategory")) {
      static const std::map<std::string, std::string> kFirst{{"output", "quantity"},
                                                             {"benefit", "social"},
                                                             {"satisfaction", "service_recipient"},
                                                             {"cost", "economic_cost"}};
      o["subcategory"] = kFirst.at(text(o.at("category")));
    }
    if (auto* actual = o.if_contains("actual")) {
      o["actual_value"] = *actual;
      o.erase("actual");
    }
    indicators.push_back(std::move(o));
  }
  body["indicators"] = std::move(indicators);
  return body;
}

std::string optional_points(const std::optional<long long>& h) {
  return h ? targets::points(*h) : "—";
}

TEST(SelfEvalScoring, TheFirstCaseIsTheWorkedExampleOfRulesMd) {
  const auto& c = cases().at("cases").as_array().at(0).as_object();
  EXPECT_TRUE(text(c.at("note")).starts_with("RULES.md 的算例"));
  const Scored s = score(input_of(c), national_scoring_settings());
  EXPECT_EQ(s.execution_score, 900);
  EXPECT_EQ(s.total, 6900);
  EXPECT_EQ(s.grade, "fair");
  ASSERT_EQ(s.indicators.size(), 4u);
  EXPECT_EQ(s.indicators[3].weight, 4000);
  EXPECT_EQ(s.indicators[3].score, 3000);
}

TEST(SelfEvalScoring, FollowTheCases) {
  const auto& all = cases().at("cases").as_array();
  ASSERT_GE(all.size(), 40u);
  for (const auto& v : all) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    const Scored s = score(input_of(c), scoring_settings(rules_of(c)));
    // Each expectation where the case states it.
    auto expect = [&](const char* key, const std::string& got) {
      if (const auto* e = c.if_contains(key)) {
        EXPECT_EQ(got, text(*e)) << key;
      }
    };
    expect("execution", targets::points(s.execution_score));
    expect("execution_weight", targets::points(s.execution_weight));
    expect("execution_rate", optional_points(s.execution_rate_bp));
    expect("execution_detail", s.execution_detail);
    expect("self_total", optional_points(s.self_total));
    const auto& weights = c.at("weights").as_array();
    ASSERT_EQ(s.indicators.size(), weights.size());
    std::vector<std::string> got_weights, got_scores;
    std::vector<bool> needs, met;
    for (const auto& i : s.indicators) {
      got_weights.push_back(targets::points(i.weight));
      got_scores.push_back(targets::points(i.score));
      needs.push_back(i.needs_reason);
      met.push_back(i.met);
      EXPECT_FALSE(i.detail.empty());
      EXPECT_TRUE(i.rule == "R-SE-4" || i.rule == "R-SE-5" || i.rule == "R-SE-6") << i.rule;
    }
    EXPECT_EQ(got_weights, cases::strings(weights));
    EXPECT_EQ(got_scores, cases::strings(c.at("scores").as_array()));
    std::vector<bool> want_needs;
    for (const auto& b : c.at("needs_reason").as_array()) want_needs.push_back(b.as_bool());
    EXPECT_EQ(needs, want_needs);
    if (const auto* m = c.if_contains("met")) {
      std::vector<bool> want;
      for (const auto& b : m->as_array()) want.push_back(b.as_bool());
      EXPECT_EQ(met, want);
    }
    EXPECT_EQ(targets::points(s.total), text(c.at("total")));
    EXPECT_EQ(s.grade, text(c.at("grade")));
    // R-MON-3: the total is the sum of the rounded parts.
    long long sum = s.execution_score;
    for (const auto& i : s.indicators) sum += i.score;
    EXPECT_EQ(s.total, sum);
    if (const auto* bands = c.if_contains("bands")) {
      for (std::size_t i = 0; i < s.indicators.size(); ++i) {
        const auto& b = bands->as_array().at(i);
        if (b.is_null()) {
          EXPECT_FALSE(s.indicators[i].band_floor) << i;
          continue;
        }
        EXPECT_EQ(optional_points(s.indicators[i].band_floor), text(b.as_array()[0])) << i;
        EXPECT_EQ(optional_points(s.indicators[i].band_ceiling), text(b.as_array()[1])) << i;
      }
    }
    if (const auto* details = c.if_contains("detail")) {
      for (std::size_t i = 0; i < s.indicators.size(); ++i) {
        const auto& d = details->as_array().at(i);
        if (!d.is_null()) {
          EXPECT_EQ(s.indicators[i].detail, text(d)) << i;
        }
      }
    }
  }
}

// The same cases through the route's contract: the same strings, "—" as null.
TEST(SelfEvalScoring, TheCasesThroughJson) {
  for (const auto& v : cases().at("cases").as_array()) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    const auto request = read_score_request(body_of(c));
    EXPECT_EQ(request.year, 2026);
    const auto out = score_json(rules_of(c), request.input);
    EXPECT_EQ(out.at("total"), c.at("total"));
    EXPECT_EQ(out.at("grade"), c.at("grade"));
    EXPECT_EQ(out.at("grade_rule"), "R-GR-1");
    EXPECT_EQ(out.at("execution_rule"), "R-SE-3");
    EXPECT_FALSE(out.at("grade_label").as_string().empty());
    if (const auto* rate = c.if_contains("execution_rate")) {
      const auto& r = out.at("execution_rate");
      EXPECT_EQ(r.is_null() ? "—" : text(r), text(*rate));
    }
    const auto& items = out.at("indicators").as_array();
    ASSERT_EQ(items.size(), c.at("scores").as_array().size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto& o = items[i].as_object();
      EXPECT_EQ(o.at("score"), c.at("scores").as_array()[i]) << i;
      EXPECT_EQ(o.at("weight"), c.at("weights").as_array()[i]) << i;
      EXPECT_EQ(o.at("needs_reason"), c.at("needs_reason").as_array()[i]) << i;
      if (const auto* bands = c.if_contains("bands"); bands && !bands->as_array()[i].is_null()) {
        EXPECT_EQ(o.at("band").at("floor"), bands->as_array()[i].as_array()[0]);
        EXPECT_EQ(o.at("band").at("ceiling"), bands->as_array()[i].as_array()[1]);
        EXPECT_FALSE(o.at("band").at("label").as_string().empty());
      } else {
        EXPECT_FALSE(o.contains("band")) << i;
      }
    }
    if (const auto* t = c.if_contains("self_total")) {
      const auto& got = out.at("self_total");
      EXPECT_EQ(got.is_null() ? "—" : text(got), text(*t));
    }
  }
}

TEST(SelfEvalScoring, BadInputNamesItsField) {
  for (const auto& v : cases().at("errors").as_array()) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    try {
      score(input_of(c), national_scoring_settings());
      ADD_FAILURE() << "accepted";
    } catch (const AppError& e) {
      EXPECT_EQ(e.field(), text(c.at("field")));
      EXPECT_FALSE(e.detail().empty());
    }
    // The route names the same field.
    try {
      score_json(rules::national_rule_set(), read_score_request(body_of(c)).input);
      ADD_FAILURE() << "accepted through JSON";
    } catch (const AppError& e) {
      EXPECT_EQ(e.field(), text(c.at("field")));
    }
  }
}

TEST(SelfEvalScoring, RuleParametersOfTheCases) {
  const auto& all = cases().at("rule_params").as_array();
  ASSERT_FALSE(all.empty());
  for (const auto& v : all) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    const std::string rule = text(c.at("rule"));
    auto params = rules::find_national_rule(rule)->params;
    if (const auto* change = c.if_contains("change"))
      for (const auto& [k, val] : change->as_object()) params[k] = val;
    const auto& server = c.at("server");
    EXPECT_EQ(refused_params(rule, params), server.is_null() ? "(accepted)" : text(server));
  }
}

TEST(SelfEvalScoring, TheShippedDefaultsAreRulesMd) {
  const ScoringSettings defaults;
  const auto& s = national_scoring_settings();
  EXPECT_EQ(s.execution_points, defaults.execution_points);
  EXPECT_EQ(s.output_points, defaults.output_points);
  EXPECT_EQ(s.benefit_points, defaults.benefit_points);
  EXPECT_EQ(s.satisfaction_points, defaults.satisfaction_points);
  EXPECT_EQ(s.cost_points, 0);
  EXPECT_EQ(s.missing_satisfaction_to, "benefit");
  EXPECT_EQ(s.lower_is_better, "ratio");
  EXPECT_EQ(s.achieved_floor_percent, 80);
  EXPECT_EQ(s.partly_floor_percent, 60);
  EXPECT_EQ(s.exceeded_percent, 30);
  EXPECT_EQ(s.excellent, 9000);
  EXPECT_EQ(s.good, 8000);
  EXPECT_EQ(s.fair, 6000);
  const auto kinds = self_evaluation_kinds();
  for (const char* id : {"R-SE-1", "R-SE-2", "R-SE-4", "R-SE-5", "R-SE-7", "R-RV-1", "R-RV-2"}) {
    EXPECT_TRUE(kinds.has(id)) << id;
    const auto* r = rules::find_national_rule(id);
    ASSERT_TRUE(r) << id;
    EXPECT_NO_THROW(kinds.validate(*r, r->params)) << id;
    EXPECT_FALSE(r->title.empty());
    EXPECT_TRUE(r->source.starts_with("[")) << id;
  }
}

TEST(SelfEvalScoring, BandsAreReadByCodeOrLabel) {
  EXPECT_EQ(band_of("achieved"), "achieved");
  EXPECT_EQ(band_of(" 部分达成并具有一定效果 "), "partly");
  EXPECT_EQ(band_of("未达成且效果较差"), "not_achieved");
  EXPECT_EQ(band_of("良好"), "");
  EXPECT_TRUE(is_band("partly"));
  EXPECT_FALSE(is_band("达成年度指标"));
  EXPECT_EQ(band_label("achieved"), "达成年度指标");
}

// Values at the edge of what parse_value reads, and weights whose shares have no small common
// denominator: exact all the same, no overflow.
TEST(SelfEvalScoring, ExactAtAnySize) {
  ScoringInput in;
  in.budget_fen = 900'000'000'000'000LL;
  in.executed_fen = in.budget_fen / 3;
  auto add = [&](const char* category, const char* comparator, const char* value,
                 const char* actual, long long weight, bool na = false) {
    IndicatorInput ii;
    ii.indicator.category = category;
    ii.indicator.comparator = comparator;
    ii.indicator.value = value;
    ii.indicator.unit = "人";
    ii.indicator.weight = weight;
    ii.actual_value = actual;
    ii.not_applicable = na;
    in.indicators.push_back(std::move(ii));
  };
  add("output", ">=", "0.0001", "900000000000000", 9973);
  add("output", "<=", "900000000000000", "0.0001", 9967);
  add("output", "<=", "0.0001", "900000000000000", 9949, true);
  add("benefit", ">=", "3", "2", 9941);
  add("benefit", ">=", "7", "5", 9931, true);
  add("satisfaction", ">=", "9", "8", 9929);
  add("cost", "<", "11", "13", 9923);
  ScoringSettings settings;
  settings.cost_points = 1000;
  settings.output_points = 4000;
  const Scored s = score(in, settings);
  long long weights = s.execution_weight;
  for (const auto& i : s.indicators) weights += i.weight;
  EXPECT_NEAR(weights, 10000, 3);  // each weight rounded on its own
  EXPECT_EQ(s.execution_rate_bp, 3333);
  EXPECT_EQ(s.indicators[0].score, s.indicators[0].weight);
  EXPECT_TRUE(s.indicators[0].needs_reason);  // exceeded by far
  EXPECT_NE(s.indicators[0].detail.find("÷ 目标 0.0001 人"), std::string::npos);
  EXPECT_EQ(s.indicators[1].score, s.indicators[1].weight);
  EXPECT_EQ(s.indicators[2].rule, "R-SE-6");
  EXPECT_EQ(s.indicators[2].weight, 0);
}

TEST(SelfEvalScoring, NothingLeftToScoreIsRefused) {
  ScoringInput in;
  IndicatorInput ii;
  ii.indicator.category = "output";
  ii.indicator.comparator = ">=";
  ii.indicator.value = "1";
  ii.indicator.weight = 5000;
  ii.not_applicable = true;
  in.indicators.push_back(ii);
  ScoringSettings settings;
  // Budget execution alone is left: it counts for the whole 100.
  const Scored s = score(in, settings);
  EXPECT_EQ(s.execution_weight, 10000);
  EXPECT_EQ(s.self_total, 0);  // no indicator to score itself: execution alone
  // With execution worth nothing there is nothing at all.
  settings.execution_points = 0;
  settings.output_points = 6000;
  try {
    score(in, settings);
    FAIL() << "accepted";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "indicators");
  }
  in.budget_fen = -1;
  EXPECT_THROW(score(in, settings), AppError);
}

boost::json::object worked_body() {
  return body_of(cases().at("cases").as_array().at(0).as_object());
}

// The field a body is refused for, or "(accepted)".
std::string refused(const boost::json::value& body) {
  try {
    score_json(rules::national_rule_set(), read_score_request(body).input);
    return "(accepted)";
  } catch (const AppError& e) {
    EXPECT_FALSE(e.detail().empty());
    return e.field();
  }
}

boost::json::object with(boost::json::object body, std::string_view key, boost::json::value v) {
  if (v.is_null())
    body.erase(key);
  else
    body[key] = std::move(v);
  return body;
}

boost::json::object with_indicator(std::size_t i, std::string_view key, boost::json::value v) {
  auto body = worked_body();
  auto& ind = body["indicators"].as_array()[i].as_object();
  if (v.is_null())
    ind.erase(key);
  else
    ind[key] = std::move(v);
  return body;
}

TEST(SelfEvalScoring, TheBodyIsReadStrictly) {
  EXPECT_EQ(refused(worked_body()), "(accepted)");
  const std::vector<std::pair<boost::json::value, std::string>> bad{
      {boost::json::array{}, ""},
      {with(worked_body(), "year", nullptr), "year"},
      {with(worked_body(), "year", 1999), "year"},
      {with(worked_body(), "budget_fen", nullptr), "budget_fen"},
      {with(worked_body(), "budget_fen", -1), "budget_fen"},
      {with(worked_body(), "executed_fen", "18000000"), "executed_fen"},
      {with(worked_body(), "indicators", nullptr), "indicators"},
      {with(worked_body(), "indicators", "none"), "indicators"},
      {with(worked_body(), "colour", "red"), "colour"},
      {with_indicator(1, "not_applicable", "yes"), "indicators[1].not_applicable"},
      {with_indicator(1, "self_score", "很好"), "indicators[1].self_score"},
      {with_indicator(1, "self_score", -1), "indicators[1].self_score"},
      {with_indicator(1, "self_score", "15.001"), "indicators[1].self_score"},
      {with_indicator(1, "actual_value", 97), "indicators[1].actual_value"},
      {with_indicator(1, "comparator", nullptr), "indicators[1].comparator"},
      {with_indicator(1, "weight", "15"), "indicators[1].weight"},
      {with_indicator(1, "remark", "x"), "indicators[1].remark"},
      {with_indicator(2, "actual_value", nullptr), "indicators[2].actual_value"},
  };
  for (const auto& [body, field] : bad) EXPECT_EQ(refused(body), field) << jixiao::serialize(body);
  // A self score as a number or as the server writes it; null is none.
  EXPECT_EQ(refused(with_indicator(1, "self_score", 15)), "(accepted)");
  EXPECT_EQ(refused(with_indicator(1, "self_score", "15.00")), "(accepted)");
  EXPECT_EQ(refused(with_indicator(1, "self_score", nullptr)), "(accepted)");
  // An indicator left out needs no actual value.
  auto na = with_indicator(2, "actual_value", nullptr);
  na["indicators"].as_array()[2].as_object()["not_applicable"] = true;
  EXPECT_EQ(refused(na), "(accepted)");
}

}  // namespace
}  // namespace jixiao::self_evaluation
