#include "monitoring/pace.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace jixiao::monitoring {
namespace {

std::string field_of(const std::function<void()>& f) {
  try {
    f();
    return "(accepted)";
  } catch (const AppError& e) {
    return e.field();
  }
}

// 100 fen by 1 February, 1,000 by 1 March, 1,900 by 30 May: the last 90 days (1 March to
// 30 May) spent 900, 10 a day.
const std::vector<SpendingPoint> kSteady{
    {"2026-02-01", 100}, {"2026-03-01", 1000}, {"2026-05-30", 1900}};

TEST(MonitoringPace, CarriesTheLastNinetyDaysForward) {
  EXPECT_EQ(projected_executed(kSteady, "2026-06-29", 100'000), 1900 + 30 * 10);
  EXPECT_EQ(projected_executed(kSteady, "2026-05-31", 100'000), 1910);
  EXPECT_EQ(projected_executed(kSteady, "2026-12-31", 100'000), 1900 + 215 * 10);
}

TEST(MonitoringPace, AShorterWindowFollowsTheRecentPace) {
  // With a 30-day window the base is still 1 March, the last point at least 30 days before
  // 30 May: the same 10 a day.
  EXPECT_EQ(projected_executed(kSteady, "2026-06-29", 100'000, 30), 2200);
  // A window of 100 days reaches back to 1 February: 1,800 over the 118 days to 30 May, so 30
  // days ahead add 457.6…, rounded down.
  EXPECT_EQ(projected_executed(kSteady, "2026-06-29", 100'000, 100), 1900 + 1800 * 30 / 118);
}

TEST(MonitoringPace, WithoutAPointFarEnoughBackTheYearStartIsTheBase) {
  // 1 April to 30 April: nothing before it within the year, so from 31 December: 3,000 over
  // 120 days, 25 a day.
  const std::vector<SpendingPoint> s{{"2026-04-01", 1000}, {"2026-04-30", 3000}};
  EXPECT_EQ(projected_executed(s, "2026-05-30", 100'000), 3000 + 30 * 25);
  EXPECT_EQ(projected_executed({}, "2026-05-31", 100'000), 0);
}

TEST(MonitoringPace, RoundsDownToTheFen) {
  // 100 over 90 days, 30 days ahead: 33.33… → 33.
  const std::vector<SpendingPoint> s{{"2026-03-01", 0}, {"2026-05-30", 100}};
  EXPECT_EQ(projected_executed(s, "2026-06-29", 100'000), 133);
}

TEST(MonitoringPace, NeverAboveTheBudgetNorBelowTheLastValue) {
  EXPECT_EQ(projected_executed(kSteady, "2026-06-29", 2000), 2000);
  // A refund makes the pace negative: the projection keeps the last value.
  const std::vector<SpendingPoint> refund{{"2026-03-01", 1000}, {"2026-05-30", 900}};
  EXPECT_EQ(projected_executed(refund, "2026-06-29", 100'000), 900);
  // Already over the budget (the budget was cut): the last value stands.
  EXPECT_EQ(projected_executed(kSteady, "2026-06-29", 1500), 1900);
}

TEST(MonitoringPace, ADayTheSeriesReachesIsAnsweredFromIt) {
  EXPECT_EQ(projected_executed(kSteady, "2026-03-15", 100'000), 1000);
  EXPECT_EQ(projected_executed(kSteady, "2026-05-30", 100'000), 1900);
  EXPECT_EQ(projected_executed(kSteady, "2026-01-15", 100'000), 0);
}

TEST(MonitoringPace, PointsAreTakenInDateOrderTheLaterOfOneDayWinning) {
  const std::vector<SpendingPoint> s{
      {"2026-05-30", 1500}, {"2026-03-01", 1000}, {"2026-05-30", 1900}, {"2026-02-01", 100}};
  EXPECT_EQ(projected_executed(s, "2026-06-29", 100'000), 2200);
}

TEST(MonitoringPace, BadDatesAreNamed) {
  EXPECT_EQ(field_of([] {
              projected_executed({{"2026-03-01", 1}, {"2026-02-30", 2}}, "2026-06-01", 10);
            }),
            "series[1].date");
  EXPECT_EQ(field_of([] {
              projected_executed({{"2025-12-31", 1}}, "2026-06-01", 10);
            }),
            "series[0].date");
  EXPECT_EQ(field_of([] { projected_executed({}, "2026-6-1", 10); }), "at");
  ProjectProgress now;
  now.year = 2026;
  now.as_of = "2026-05-01";
  now.budget_fen = 10;
  EXPECT_EQ(field_of([&] { projected_progress(now, {}, "2027-05-31"); }), "at");
}

TEST(MonitoringPace, TheCheckpointAMonthAhead) {
  const auto& s = national_checkpoint_settings();  // 31 May and 31 August, 30 days ahead
  const auto may = upcoming_checkpoint(s, "2026-05-01");
  ASSERT_TRUE(may);
  EXPECT_EQ(may->as_of, "2026-05-31");
  EXPECT_EQ(may->days_ahead, 30);
  EXPECT_EQ(may->checkpoint.name, "5月末监控");
  EXPECT_FALSE(upcoming_checkpoint(s, "2026-04-30"));  // 31 days ahead
  EXPECT_FALSE(upcoming_checkpoint(s, "2026-05-31"));  // the day itself is no longer ahead
  EXPECT_EQ(upcoming_checkpoint(s, "2026-08-30")->as_of, "2026-08-31");

  CheckpointSettings january{{{"1月中监控", {1, 15}, {1, 31}}}, 30};
  const auto next = upcoming_checkpoint(january, "2026-12-20");
  ASSERT_TRUE(next);
  EXPECT_EQ(next->as_of, "2027-01-15");
  EXPECT_EQ(next->days_ahead, 26);
}

TEST(MonitoringPace, TheSameRulesJudgeTheProjection) {
  // On 1 May a project has spent 1,000 of 10,000 (10 %), 250 in the last 90 days (~2.78 a
  // day): by 31 May it reaches 1,000 + 250 × 30 ÷ 90 = 1,083 (10.83 %), against a time
  // progress of 41.37 %: 30.54 points behind, blue, and under April's floor of 25 %.
  const std::vector<SpendingPoint> series{{"2026-01-31", 750}, {"2026-05-01", 1000}};
  ProjectProgress now;
  now.year = 2026;
  now.as_of = "2026-05-01";
  now.budget_fen = 10'000;
  now.executed_fen = 1000;
  const auto at = upcoming_checkpoint(national_checkpoint_settings(), now.as_of);
  ASSERT_TRUE(at);
  const auto ahead = projected_progress(now, series, at->as_of);
  EXPECT_EQ(ahead.as_of, "2026-05-31");
  EXPECT_EQ(ahead.executed_fen, 1083);
  const auto e = evaluate(national_warning_settings(), ahead);
  EXPECT_EQ(e.colour, "blue");
  ASSERT_EQ(e.fired.size(), 2u);
  EXPECT_EQ(e.fired[0].check, "spending_behind");
  EXPECT_EQ(e.fired[0].detail,
            "时间进度 41.37%，预算执行率 10.83%，落后 30.54 个百分点，超过 20 个百分点");
  EXPECT_EQ(e.fired[1].check, "schedule_floor");
}

}  // namespace
}  // namespace jixiao::monitoring
