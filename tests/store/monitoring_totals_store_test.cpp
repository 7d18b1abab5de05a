// The kept monitoring totals on both databases: after a checkpoint opens, a report is saved and
// goes through its workflow, a warning run changes colours and refreshes money, and an outcome
// moves a budget, the kept totals equal a count of the reports; the statistics read them in the
// caller's scope.
#include <gtest/gtest.h>

#include "auth/repo.h"
#include "base/error.h"
#include "monitoring/run_job.h"
#include "monitoring/service.h"
#include "store_fixture.h"
#include "targets/value.h"

namespace jixiao {
namespace {

using monitoring::MonitoringService;

const auth::DataScope kEverywhere{auth::DataScope::Kind::region_tree, 0, "/"};

class MonitoringTotalsStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    projects = std::make_unique<projects::ProjectService>(*db);
    targets = std::make_unique<targets::TargetService>(*db);
    service = std::make_unique<MonitoringService>(*db, *projects, *targets);
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  // Every checkpoint's kept totals against a count of its reports.
  void expect_kept_equals_count(const std::string& when) {
    db->read([&](soci::session& s) {
      std::vector<long long> ids(100);
      s << "SELECT id FROM checkpoints ORDER BY id", soci::into(ids);
      for (long long id : ids) {
        const auto kept = monitoring::repo::totals(s, id, kEverywhere);
        const auto counted = monitoring::repo::recount(s, id, kEverywhere);
        EXPECT_EQ(kept, counted) << when << ": checkpoint " << id;
      }
      return 0;
    });
  }
  std::unique_ptr<projects::ProjectService> projects;
  std::unique_ptr<targets::TargetService> targets;
  std::unique_ptr<MonitoringService> service;
};

TEST_F(MonitoringTotalsStore, EveryWriteKeepsTheTotalsEqualToACount) {
  expect_kept_equals_count("the demo");
  const auto office = who("demo_office");
  auto c = service->create_checkpoint(office, {2026, "6月末监控", "2026-06-30", "2026-07-20"});
  c = service->open_checkpoint(office, c.id, c.version);
  expect_kept_equals_count("opened");
  ASSERT_GT(c.reports, 100);

  // demo_department's first project report: its money entered, saved, and through its workflow.
  monitoring::repo::Filter f;
  f.checkpoint_id = c.id;
  f.limit = 500;
  const auto unit = who("demo_department");
  monitoring::Report r;
  for (auto& item : service->list(unit, f).items)
    if (item.project_id) {
      r = item;
      break;
    }
  ASSERT_GT(r.id, 0);
  auto v = service->get(unit, r.id);
  monitoring::ReportInput in;
  in.executed_fen = v.report.budget_fen / 3;
  for (std::size_t i = 0; i < v.target_indicators.size(); ++i) {
    const bool number = targets::parse_value(v.target_indicators[i].value).kind ==
                        targets::ParsedValue::Kind::number;
    in.indicators.push_back({static_cast<long long>(i), number ? "10" : "按计划推进",
                             number ? "20" : "按计划完成", "certain", "", ""});
  }
  v = service->save(unit, r.id, v.report.version, in);
  expect_kept_equals_count("saved");
  v = service->step(unit, r.id, v.report.version, {"submit", "", ""});
  v = service->step(who("demo_section"), r.id, v.report.version, {"check", "pass", ""});
  v = service->step(office, r.id, v.report.version, {"decide", "accept", "已确认"});
  EXPECT_EQ(v.report.status, "accepted");
  expect_kept_equals_count("accepted");

  // A feed after the opening: the run reads the pending reports' money again, then colours them.
  db->write([&](soci::session& s) {
    s << "UPDATE executions SET executed_fen = executed_fen + 100 WHERE as_of = '2026-05-31'";
  });
  monitoring::RunOptions run;
  run.batch = 100;
  run.today = "2026-07-25";  // after the due date: the missing reports are red
  EXPECT_GT(monitoring::run_checkpoint(*db, c.id, run).changed, 0);
  expect_kept_equals_count("run after the due date");
  run.today = "2026-07-01";
  EXPECT_GT(monitoring::run_checkpoint(*db, c.id, run).changed, 0);
  expect_kept_equals_count("run before the due date");

  // An outcome moves the report's budget.
  const auto accepted = service->get(office, r.id);
  service->decide_outcome(office, r.id, {accepted.report.version, "recover", 100, "资金闲置"});
  expect_kept_equals_count("recovered");
  // Counted again from scratch, the totals are the same.
  db->write([&](soci::session& s) { monitoring::repo::rebuild_totals(s, c.id); });
  expect_kept_equals_count("rebuilt");

  // The statistics: the whole checkpoint for its office, a unit's own reports for a unit.
  const auto st = service->statistics(office, 2026, c.id);
  EXPECT_EQ(st.total.reports, c.reports);
  EXPECT_EQ(st.recovered_fen, 100);
  EXPECT_GT(st.projects, 0);
  EXPECT_LE(st.monitored_projects, st.projects);
  const auto own = service->statistics(who("demo_unit"), 2026, c.id);
  const auto me = who("demo_unit");
  EXPECT_EQ(own.total.reports,
            scalar(*db, "SELECT COUNT(*) FROM monitoring_reports WHERE checkpoint_id = " +
                            std::to_string(c.id) + " AND unit_id = " + std::to_string(me.unit_id)));
  EXPECT_LT(own.total.reports, c.reports);
}

}  // namespace
}  // namespace jixiao
