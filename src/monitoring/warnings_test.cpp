#include "monitoring/warnings.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "base/error.h"
#include "cases/cases.h"
#include "monitoring/rule_kinds.h"
#include "monitoring/settings.h"
#include "rules/kinds.h"

namespace jixiao::monitoring {
namespace {

// The cases a finance officer reads: tests/cases/monitoring_warnings.json.
const boost::json::object& cases() { return cases::load("monitoring_warnings").as_object(); }
using cases::text;

const rules::Rule& national(std::string_view id) { return *rules::find_national_rule(id); }

rules::RuleKinds monitoring_kinds() {
  rules::RuleKinds kinds;
  register_rule_kinds(kinds);
  return kinds;
}

// The national parameters of the rule with a case's changes (a null removes one).
boost::json::object params_of(std::string_view rule, const boost::json::object& c,
                              const char* key) {
  auto p = national(rule).params;
  if (const auto* change = c.if_contains(key))
    for (const auto& [k, v] : change->as_object()) {
      if (v.is_null())
        p.erase(k);
      else
        p[k] = v;
    }
  return p;
}

// The field the rule kinds refuse, or "(accepted)".
std::string refused_field(std::string_view rule, const boost::json::object& params) {
  try {
    monitoring_kinds().validate(national(rule), params);
    return "(accepted)";
  } catch (const AppError& e) {
    return e.field();
  }
}

ProjectProgress progress_of(const boost::json::object& c) {
  ProjectProgress p;
  p.as_of = text(c.at("as_of"));
  p.year = std::stoll(p.as_of.substr(0, 4));
  p.budget_fen = *parse_wan(text(c.at("budget_wan")));
  p.executed_fen = *parse_wan(text(c.at("executed_wan")));
  if (const auto* overdue = c.if_contains("report_overdue")) p.report_overdue = overdue->as_bool();
  if (const auto* list = c.if_contains("indicators"))
    for (const auto& v : list->as_array()) {
      const auto& o = v.as_object();
      auto get = [&](const char* key) {
        const auto* f = o.if_contains(key);
        return f ? text(*f) : std::string();
      };
      IndicatorProgress ip;
      ip.indicator.category = "output";
      ip.indicator.name = get("name");
      ip.indicator.comparator = get("comparator");
      ip.indicator.value = get("value");
      ip.indicator.unit = get("unit");
      ip.value_so_far = get("value_so_far");
      ip.likelihood = get("likelihood");
      ip.projected_value = get("projected_value");
      p.indicators.push_back(std::move(ip));
    }
  return p;
}

TEST(MonitoringWarnings, FollowTheCases) {
  const auto& all = cases().at("cases").as_array();
  ASSERT_GE(all.size(), 40u);
  for (const auto& v : all) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    const auto params = params_of("R-MO-4", c, "params");
    // A region's change in a case is one the rules page accepts.
    ASSERT_EQ(refused_field("R-MO-4", params), "(accepted)");
    const auto e = evaluate(warning_settings_of(params), progress_of(c));

    EXPECT_EQ(rate_text(e.time_progress_bp), text(c.at("time_progress")));
    EXPECT_EQ(rate_text(e.execution_rate_bp), text(c.at("execution_rate")));
    EXPECT_EQ(rate_text(e.target_progress_bp), text(c.at("target_progress")));
    EXPECT_EQ(e.colour, text(c.at("colour")));
    std::vector<std::string> fired;
    for (const auto& f : e.fired) {
      fired.push_back(f.check + ":" + f.colour);
      EXPECT_EQ(f.rule, "R-MO-4");
      EXPECT_FALSE(f.inputs.empty()) << f.check;
    }
    EXPECT_EQ(fired, cases::strings(c.at("fired").as_array()));
    if (const auto* details = c.if_contains("detail")) {
      ASSERT_EQ(e.fired.size(), details->as_array().size());
      for (std::size_t i = 0; i < e.fired.size(); ++i)
        EXPECT_EQ(e.fired[i].detail, text(details->as_array()[i]));
    }
  }
}

TEST(MonitoringWarnings, RuleParametersOfTheCases) {
  const auto& all = cases().at("rule_params").as_array();
  ASSERT_FALSE(all.empty());
  for (const auto& v : all) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    const std::string rule = text(c.at("rule"));
    const auto& server = c.at("server");
    EXPECT_EQ(refused_field(rule, params_of(rule, c, "change")),
              server.is_null() ? "(accepted)" : text(server));
  }
}

TEST(MonitoringWarnings, TheShippedDefaultsAreRulesMoFour) {
  const auto& s = national_warning_settings();
  EXPECT_TRUE(s.spending_behind.on);
  EXPECT_EQ(s.spending_behind.blue_bp, 2000);
  EXPECT_EQ(s.spending_behind.red_bp, 4000);
  ASSERT_EQ(s.schedule_floor.floors.size(), 4u);
  EXPECT_EQ(s.schedule_floor.floors[0].month, 4);
  EXPECT_EQ(s.schedule_floor.floors[0].floor_bp, 2500);
  EXPECT_EQ(s.schedule_floor.floors[3].month, 10);
  EXPECT_EQ(s.schedule_floor.floors[3].floor_bp, 8000);
  EXPECT_EQ(s.progress_mismatch.apart_bp, 1000);
  EXPECT_EQ(s.idle_money.after, (MonthDay{5, 31}));
  EXPECT_EQ(s.indicator_short.below_bp, 8000);

  const auto& cp = national_checkpoint_settings();
  ASSERT_EQ(cp.checkpoints.size(), 2u);
  EXPECT_EQ(cp.checkpoints[0].name, "5月末监控");
  EXPECT_EQ(cp.checkpoints[0].as_of, (MonthDay{5, 31}));
  EXPECT_EQ(cp.checkpoints[0].due, (MonthDay{6, 20}));
  EXPECT_EQ(cp.checkpoints[1].as_of, (MonthDay{8, 31}));
  EXPECT_EQ(cp.warn_days_ahead, 30);

  auto kinds = monitoring_kinds();
  EXPECT_TRUE(kinds.has("R-MO-2"));
  EXPECT_TRUE(kinds.has("R-MO-4"));
}

TEST(MonitoringWarnings, CheckpointDaysAreStrictDaysOfEveryYear) {
  EXPECT_TRUE(parse_month_day("12-31"));
  for (const char* bad : {"02-29", "00-10", "13-01", "5-31", "05-31 ", "05/31"})
    EXPECT_FALSE(parse_month_day(bad)) << bad;
}

TEST(MonitoringWarnings, AsOfOutsideTheYearIsRefused) {
  ProjectProgress p;
  p.year = 2026;
  p.as_of = "2027-01-01";
  try {
    evaluate(national_warning_settings(), p);
    FAIL() << "accepted";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "as_of");
  }
}

TEST(MonitoringWarnings, RatesAreExactAtLargeSums) {
  // 10 亿元 budgets times 10^4 overflow 64 bits; the rate is still exact.
  const Fen budget = 900'000'000'000'000LL;
  EXPECT_EQ(execution_rate_bp(budget / 3, budget), 3333);
  EXPECT_EQ(execution_rate_bp(budget, budget), 10000);
  EXPECT_EQ(execution_rate_bp(0, 0), std::nullopt);
  EXPECT_EQ(rate_text(std::nullopt), "—");
  EXPECT_EQ(rate_text(-125), "-1.25");
}

}  // namespace
}  // namespace jixiao::monitoring
