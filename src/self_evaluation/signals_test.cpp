#include "self_evaluation/signals.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "base/money.h"
#include "cases/cases.h"

namespace jixiao::self_evaluation {
namespace {

// The cases a finance officer reads: tests/cases/self_evaluation_review.json.
const boost::json::array& cases() {
  return cases::load("self_evaluation_review").at("signals").as_array();
}
using cases::text;

// "92.5" points → 9250 hundredths.
long long points_of(const boost::json::value& v) { return *parse_scaled_decimal(text(v), 2); }

std::string field(const boost::json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v ? text(*v) : std::string();
}

struct Case {
  Evaluation evaluation;
  long long evidence_files = 1;
  std::map<long long, long long> indicator_files;
  std::map<long long, std::string> likelihood;
  SignalParams params;
};

Case case_of(const boost::json::object& c) {
  Case out;
  auto& e = out.evaluation;
  e.budget_fen = *parse_wan(text(c.at("budget_wan")));
  e.executed_fen = *parse_wan(text(c.at("executed_wan")));
  e.computed_total = points_of(c.at("computed_total"));
  if (const auto* s = c.if_contains("self_total"); s && !s->is_null()) e.self_total = points_of(*s);
  if (const auto* f = c.if_contains("evidence_files")) out.evidence_files = f->as_int64();
  long long position = 0;
  for (const auto& v : c.at("indicators").as_array()) {
    const auto& o = v.as_object();
    IndicatorResult i;
    i.position = ++position;
    i.category = "output";
    i.name = field(o, "name");
    i.comparator = field(o, "comparator");
    i.value = field(o, "value");
    i.unit = field(o, "unit");
    i.actual_value = field(o, "actual");
    if (const auto* na = o.if_contains("not_applicable")) i.not_applicable = na->as_bool();
    if (const auto* w = o.if_contains("weight")) i.computed_weight = i.weight = points_of(*w);
    if (const auto* s = o.if_contains("computed")) i.computed_score = points_of(*s);
    if (const auto* s = o.if_contains("self")) i.self_score = points_of(*s);
    if (const auto* f = o.if_contains("evidence")) out.indicator_files[i.position] = f->as_int64();
    if (const auto* l = o.if_contains("likelihood")) out.likelihood[i.position] = text(*l);
    e.indicators.push_back(std::move(i));
  }
  if (const auto* p = c.if_contains("params")) {
    const auto& o = p->as_object();
    if (const auto* v = o.if_contains("high_score")) out.params.high_score = points_of(*v);
    if (const auto* v = o.if_contains("low_execution_percent"))
      out.params.low_execution_percent = v->as_int64();
    if (const auto* v = o.if_contains("all_at_target_min"))
      out.params.all_at_target_min = v->as_int64();
  }
  return out;
}

std::vector<Signal> signals_of_case(const Case& c) {
  return signals_of({c.evaluation, c.evidence_files, c.indicator_files, c.likelihood}, c.params);
}

TEST(SelfEvaluationSignals, FollowTheCases) {
  ASSERT_GE(cases().size(), 25u);
  for (const auto& v : cases()) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    const auto signals = signals_of_case(case_of(c));
    std::vector<std::string> codes;
    for (const auto& s : signals) {
      codes.push_back(s.code);
      EXPECT_FALSE(s.label.empty());
      EXPECT_GT(s.weight, 0);
    }
    EXPECT_EQ(codes, cases::strings(c.at("signals").as_array()));
    if (const auto* details = c.if_contains("detail")) {
      ASSERT_EQ(signals.size(), details->as_array().size());
      for (std::size_t i = 0; i < signals.size(); ++i)
        EXPECT_EQ(signals[i].detail, text(details->as_array()[i]));
    }
    if (const auto* positions = c.if_contains("positions")) {
      ASSERT_EQ(signals.size(), positions->as_array().size());
      for (std::size_t i = 0; i < signals.size(); ++i) {
        std::vector<long long> want;
        for (const auto& p : positions->as_array()[i].as_array()) want.push_back(p.as_int64());
        EXPECT_EQ(signals[i].positions, want) << signals[i].code;
      }
    }
    if (const auto* w = c.if_contains("draw_weight")) {
      EXPECT_EQ(draw_weight(signals), w->as_int64());
    }
  }
}

TEST(SelfEvaluationSignals, EveryCodeHasItsChineseLabel) {
  // The five-signal case names every code once.
  const auto& all = cases().back().as_object();
  const auto signals = signals_of_case(case_of(all));
  ASSERT_EQ(signals.size(), 5u);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"self_above_computed", "自评高于计算得分"},
      {"high_score_low_execution", "高分低执行"},
      {"all_at_target", "指标全部恰好达标"},
      {"no_evidence", "实际值无佐证材料"},
      {"impossible_then_met", "监控判断不可能完成却已完成"}};
  for (std::size_t i = 0; i < signals.size(); ++i) {
    EXPECT_EQ(signals[i].code, expected[i].first);
    EXPECT_EQ(signals[i].label, expected[i].second);
  }
}

TEST(SelfEvaluationSignals, TheDefaultsAreTheRuleSetsJixiaoDefaults) {
  const SignalParams p;
  EXPECT_EQ(p.high_score, 9000);
  EXPECT_EQ(p.low_execution_percent, 60);
  EXPECT_EQ(p.all_at_target_min, 3);
  EXPECT_EQ(p.self_above_computed_weight, 1);
  EXPECT_EQ(p.high_score_low_execution_weight, 2);
  EXPECT_EQ(p.all_at_target_weight, 1);
  EXPECT_EQ(p.no_evidence_weight, 1);
  EXPECT_EQ(p.impossible_then_met_weight, 2);
}

TEST(SelfEvaluationSignals, TheRegionsWeightsGoIntoTheDrawWeight) {
  Evaluation e;
  e.budget_fen = 100 * kFenPerWan;
  e.executed_fen = 10 * kFenPerWan;
  e.computed_total = 9000;
  e.self_total = 9500;
  SignalParams p;
  p.self_above_computed_weight = 5;
  p.high_score_low_execution_weight = 0;  // shown, but not weighing the draw
  const auto signals = signals_of({e, 0, {}, {}}, p);
  ASSERT_EQ(signals.size(), 2u);
  EXPECT_EQ(signals[0].weight, 5);
  EXPECT_EQ(signals[1].weight, 0);
  EXPECT_EQ(draw_weight(signals), 6);
  EXPECT_EQ(draw_weight({}), 1);
}

TEST(SelfEvaluationSignals, AnIndicatorNotJudgedAtTheCheckpointIsNotTurnedAround) {
  Evaluation e;
  e.budget_fen = e.executed_fen = kFenPerWan;
  IndicatorResult i;
  i.position = 4;
  i.name = "培训人次";
  i.comparator = ">=";
  i.value = "2000";
  i.unit = "人次";
  i.actual_value = "2000";
  e.indicators = {i};
  // No checkpoint answer for position 4, and an unjudged one: nothing to contradict.
  EXPECT_TRUE(signals_of({e, 1, {}, {{3, "impossible"}}}, {}).empty());
  EXPECT_TRUE(signals_of({e, 1, {}, {{4, ""}}}, {}).empty());
  EXPECT_EQ(signals_of({e, 1, {}, {{4, "impossible"}}}, {}).size(), 1u);
  // An indicator with no weight left (R-SE-6) is not "full" for lack of points.
  e.indicators[0].actual_value = "1500";
  e.indicators[0].self_score = 0;
  EXPECT_TRUE(signals_of({e, 1, {}, {{4, "impossible"}}}, {}).empty());
}

TEST(SelfEvaluationSignals, OwnEvidenceOfZeroFilesIsNoEvidence) {
  Evaluation e;
  IndicatorResult i;
  i.position = 1;
  i.name = "培训人次";
  i.comparator = ">=";
  i.value = "2000";
  i.actual_value = "1800";
  e.indicators = {i};
  EXPECT_EQ(signals_of({e, 0, {{1, 0}}, {}}, {}).at(0).code, "no_evidence");
  EXPECT_TRUE(signals_of({e, 0, {{1, 1}}, {}}, {}).empty());
  // An actual value of spaces is no value.
  e.indicators[0].actual_value = "  ";
  EXPECT_TRUE(signals_of({e, 0, {}, {}}, {}).empty());
}

}  // namespace
}  // namespace jixiao::self_evaluation
