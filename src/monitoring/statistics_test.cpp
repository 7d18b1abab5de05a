#include "monitoring/statistics.h"

#include <gtest/gtest.h>

#include "base/money.h"
#include "cases/cases.h"

namespace jixiao::monitoring {
namespace {

using cases::text;

// tests/cases/monitoring_statistics.json: the notices answered on time as the office counts them.
TEST(MonitoringStatistics, NoticesAnsweredOnTimeFollowTheCases) {
  for (const auto& c : cases::load("monitoring_statistics").at("notices").as_array()) {
    const auto& o = c.as_object();
    NoticeCounts counts;
    for (const auto& f : o.at("findings").as_array())
      count_notice(counts, text(f.as_array()[0]), text(f.as_array()[1]), text(o.at("today")));
    EXPECT_EQ(counts.findings, static_cast<long long>(o.at("findings").as_array().size()));
    EXPECT_EQ(counts.due, o.at("due").as_int64()) << text(o.at("note"));
    EXPECT_EQ(counts.on_time, o.at("on_time").as_int64()) << text(o.at("note"));
    EXPECT_EQ(counts.overdue, o.at("overdue").as_int64()) << text(o.at("note"));
    EXPECT_EQ(format_rate(counts.on_time, counts.due), text(o.at("rate"))) << text(o.at("note"));
  }
}

TEST(MonitoringStatistics, RowsSumByStatusColourDepartmentAndLevel) {
  const std::vector<repo::TotalsRow> rows{
      {"prefecture", 7, "教育局", "accepted", "red", 1, 2, 300, 100},
      {"prefecture", 7, "教育局", "pending", "none", 0, 1, 50, 10},
      {"county", 9, "卫健委", "submitted", "blue", 1, 3, 600, 200}};
  Statistics st;
  sum_rows(st, rows);
  EXPECT_EQ(st.total.reports, 6);
  EXPECT_EQ(st.total.submitted, 5);  // the pending one is still with its unit
  EXPECT_EQ(st.total.red_fen, 300);
  EXPECT_EQ(st.total.blue_fen, 600);
  EXPECT_EQ(st.monitored_projects, 5);  // a department's own target is not a project
  EXPECT_EQ(st.monitored_fen, 900);
  ASSERT_EQ(st.by_status.size(), 5u);
  EXPECT_EQ(st.by_status[0].key, "pending");
  EXPECT_EQ(st.by_status[0].figures.reports, 1);
  ASSERT_EQ(st.by_colour.size(), 3u);
  EXPECT_EQ(st.by_colour[2].figures.budget_fen, 300);
  ASSERT_EQ(st.by_region_level.size(), 2u);  // no province row: none there
  EXPECT_EQ(st.by_region_level[0].key, "prefecture");
  EXPECT_EQ(st.by_region_level[1].figures.executed_fen, 200);
  ASSERT_EQ(st.by_department.size(), 2u);
  Fen budget = 0;
  for (const auto& d : st.by_department) budget += d.figures.budget_fen;
  EXPECT_EQ(budget, st.total.budget_fen);
}

}  // namespace
}  // namespace jixiao::monitoring
