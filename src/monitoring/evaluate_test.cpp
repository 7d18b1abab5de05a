#include "monitoring/evaluate.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "base/money.h"
#include "cases/cases.h"

namespace jixiao::monitoring {
namespace {

using cases::text;

// A project at the May checkpoint: 12 % of 100 万元 spent, one indicator half done.
boost::json::object good_body() {
  return boost::json::parse(R"({
    "year": 2026, "as_of": "2026-05-31", "budget_fen": 100000000, "executed_fen": 12000000,
    "report_overdue": false,
    "indicators": [
      {"category": "output", "subcategory": "quantity", "name": "培训人次", "comparator": ">=",
       "value": "200", "unit": "人次", "weight": 20, "value_so_far": "100",
       "likelihood": "possible", "projected_value": "190"},
      {"category": "satisfaction", "subcategory": "service_recipient", "name": "满意度",
       "comparator": ">=", "value": "90", "unit": "%", "likelihood": "certain"},
      {"category": "output", "subcategory": "quality", "name": "培训质量",
       "comparator": "qualitative", "value": "优", "value_so_far": "良"}]})")
      .as_object();
}

// The field a body is refused for, or "(accepted)".
std::string refused(const boost::json::value& body) {
  try {
    evaluate_json(rules::national_rule_set(), body);
    return "(accepted)";
  } catch (const AppError& e) {
    EXPECT_FALSE(e.detail().empty());
    return e.field();
  }
}

boost::json::object with(boost::json::object body, std::string_view key, boost::json::value v) {
  body[key] = std::move(v);
  return body;
}

boost::json::object with_indicator(std::size_t i, std::string_view key, boost::json::value v) {
  auto body = good_body();
  auto& ind = body["indicators"].as_array()[i].as_object();
  if (v.is_null())
    ind.erase(key);
  else
    ind[key] = std::move(v);
  return body;
}

TEST(MonitoringEvaluate, AnswersWithRatesAsTwoDecimalStrings) {
  const auto out = evaluate_json(rules::national_rule_set(), good_body());
  EXPECT_EQ(out.at("time_progress"), "41.37");
  EXPECT_EQ(out.at("execution_rate"), "12.00");
  EXPECT_EQ(out.at("target_progress"), "50.00");
  EXPECT_EQ(out.at("colour"), "blue");
  const auto& fired = out.at("fired").as_array();
  ASSERT_EQ(fired.size(), 3u);
  const auto& first = fired[0].as_object();
  EXPECT_EQ(first.at("rule"), "R-MO-4");
  EXPECT_EQ(first.at("check"), "spending_behind");
  EXPECT_EQ(first.at("colour"), "blue");
  EXPECT_EQ(first.at("detail"),
            "时间进度 41.37%，预算执行率 12.00%，落后 29.37 个百分点，超过 20 个百分点");
  EXPECT_EQ(first.at("inputs").at("behind"), "29.37");
  EXPECT_EQ(first.at("inputs").at("threshold"), "20.00");
  EXPECT_EQ(fired[1].at("check"), "schedule_floor");
  EXPECT_EQ(fired[2].at("check"), "progress_mismatch");
}

TEST(MonitoringEvaluate, AZeroBudgetHasNoRate) {
  auto body = with(with(good_body(), "budget_fen", 0), "executed_fen", 0);
  const auto out = evaluate_json(rules::national_rule_set(), body);
  EXPECT_TRUE(out.at("execution_rate").is_null());
  EXPECT_EQ(out.at("colour"), "none");
  EXPECT_TRUE(out.at("fired").as_array().empty());
}

TEST(MonitoringEvaluate, TheRegionsRulesApply) {
  // A region that switched off the three spending rules: the same body warns of nothing.
  std::vector<rules::EffectiveRule> all;
  for (const auto& r : rules::national_rules()) {
    auto e = rules::EffectiveRule{r, 0, {}, {}};
    if (r.id == "R-MO-4") {
      e.region_id = 7;
      for (const char* off : {"spending_behind", "schedule_floor", "progress_mismatch"})
        e.rule.params[off] = false;
    }
    all.push_back(std::move(e));
  }
  const auto out = evaluate_json(rules::RuleSet(std::move(all)), good_body());
  EXPECT_EQ(out.at("colour"), "none");
  EXPECT_EQ(out.at("execution_rate"), "12.00");
}

TEST(MonitoringEvaluate, BadFieldsAreNamed) {
  const std::vector<std::pair<boost::json::value, std::string>> bad{
      {boost::json::array{}, ""},
      {with(good_body(), "year", 1999), "year"},
      {with(good_body(), "year", "2026"), "year"},
      {with(good_body(), "year", nullptr), "year"},
      {with(good_body(), "as_of", "2026-13-01"), "as_of"},
      {with(good_body(), "as_of", "2026-02-29"), "as_of"},
      {with(good_body(), "as_of", "2027-05-31"), "as_of"},
      {with(good_body(), "as_of", "2026/05/31"), "as_of"},
      {with(good_body(), "budget_fen", -1), "budget_fen"},
      {with(good_body(), "budget_fen", 1.5), "budget_fen"},
      {with(good_body(), "executed_fen", -1), "executed_fen"},
      {with(good_body(), "executed_fen", 100000001), "executed_fen"},
      {with(good_body(), "executed_fen", "12000000"), "executed_fen"},
      {with(good_body(), "report_overdue", "yes"), "report_overdue"},
      {with(good_body(), "colour", "red"), "colour"},
      {with(good_body(), "indicators", "none"), "indicators"},
      {with_indicator(2, "likelihood", "maybe"), "indicators[2].likelihood"},
      {with_indicator(0, "likelihood", "确定能"), "indicators[0].likelihood"},
      {with_indicator(0, "likelihood", 1), "indicators[0].likelihood"},
      {with_indicator(0, "value_so_far", "很多"), "indicators[0].value_so_far"},
      {with_indicator(0, "value_so_far", 100), "indicators[0].value_so_far"},
      {with_indicator(0, "projected_value", "差不多"), "indicators[0].projected_value"},
      {with_indicator(1, "category", "money"), "indicators[1].category"},
      {with_indicator(1, "comparator", "about"), "indicators[1].comparator"},
      {with_indicator(1, "weight", -5), "indicators[1].weight"},
      {with_indicator(1, "remark", "x"), "indicators[1].remark"},
  };
  for (const auto& [body, field] : bad) EXPECT_EQ(refused(body), field) << jixiao::serialize(body);

  auto not_an_object = good_body();
  not_an_object["indicators"].as_array()[1] = "满意度";
  EXPECT_EQ(refused(not_an_object), "indicators[1]");
  // Words are fine where the target is a word; blanks where nothing is reported yet.
  EXPECT_EQ(refused(with_indicator(2, "projected_value", "优")), "(accepted)");
  EXPECT_EQ(refused(with_indicator(0, "value_so_far", nullptr)), "(accepted)");
  EXPECT_EQ(refused(with_indicator(0, "likelihood", "")), "(accepted)");
  EXPECT_EQ(refused(with(good_body(), "indicators", boost::json::array{})), "(accepted)");
}

TEST(MonitoringEvaluate, TheServiceChecksItsOwnProgressTheSameWay) {
  ProjectProgress p = read_progress(good_body());
  EXPECT_NO_THROW(check_progress(p));
  p.indicators[1].likelihood = "likely";
  try {
    check_progress(p);
    FAIL() << "accepted";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "indicators[1].likelihood");
  }
  p = read_progress(good_body());
  p.executed_fen = p.budget_fen + 1;
  EXPECT_THROW(check_progress(p), AppError);
}

// The cases of tests/cases/monitoring_warnings.json through the route's contract: the same
// colours, rules and rates, "—" as null.
TEST(MonitoringEvaluate, TheCasesThroughJson) {
  for (const auto& v : cases::load("monitoring_warnings").at("cases").as_array()) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    const std::string as_of = text(c.at("as_of"));
    boost::json::object body{{"year", std::stoll(as_of.substr(0, 4))},
                             {"as_of", as_of},
                             {"budget_fen", *parse_wan(text(c.at("budget_wan")))},
                             {"executed_fen", *parse_wan(text(c.at("executed_wan")))}};
    if (const auto* o = c.if_contains("report_overdue")) body["report_overdue"] = *o;
    boost::json::array indicators;
    if (const auto* list = c.if_contains("indicators"))
      for (const auto& i : list->as_array()) {
        auto ind = i.as_object();
        ind["category"] = "output";
        ind["subcategory"] = "quantity";
        indicators.push_back(std::move(ind));
      }
    body["indicators"] = std::move(indicators);

    std::vector<rules::EffectiveRule> all;
    for (const auto& r : rules::national_rules()) {
      all.push_back({r, 0, {}, {}});
      if (r.id == "R-MO-4")
        if (const auto* change = c.if_contains("params"))
          for (const auto& [k, val] : change->as_object()) all.back().rule.params[k] = val;
    }
    const auto out = evaluate_json(rules::RuleSet(std::move(all)), body);

    auto rate = [](const boost::json::value& v) { return v.is_null() ? "—" : text(v); };
    EXPECT_EQ(rate(out.at("time_progress")), text(c.at("time_progress")));
    EXPECT_EQ(rate(out.at("execution_rate")), text(c.at("execution_rate")));
    EXPECT_EQ(rate(out.at("target_progress")), text(c.at("target_progress")));
    EXPECT_EQ(out.at("colour"), c.at("colour"));
    std::vector<std::string> fired;
    for (const auto& f : out.at("fired").as_array())
      fired.push_back(text(f.at("check")) + ":" + text(f.at("colour")));
    EXPECT_EQ(fired, cases::strings(c.at("fired").as_array()));
  }
}

}  // namespace
}  // namespace jixiao::monitoring
