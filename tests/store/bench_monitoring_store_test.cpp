// bench-data's dual monitoring on both databases, and the warning run over it: every monitored
// target has its report, the spending series and answers are there, the states are spread; the
// run as a pipeline gives the colours a recount gives, a scan writes nothing, a second run
// writes nothing, and a report saved after its batch was read keeps its own colour.
#include <gtest/gtest.h>

#include <string>

#include "cli/bench_data.h"
#include "library/service.h"
#include "monitoring/repo.h"
#include "monitoring/repo_totals.h"
#include "monitoring/run.h"
#include "monitoring/run_job.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

// The checkpoint's kept totals against a count of its reports.
void expect_kept_equals_count(db::Database& db, long long checkpoint_id, const char* when) {
  const auth::DataScope everywhere{auth::DataScope::Kind::region_tree, 0, "/"};
  db.read([&](soci::session& s) {
    EXPECT_EQ(monitoring::repo::totals(s, checkpoint_id, everywhere),
              monitoring::repo::recount(s, checkpoint_id, everywhere))
        << when;
    return 0;
  });
}

TEST_F(StoreTest, BenchDataMonitorsEveryApprovedTargetAndItsRunIsExactAndIdempotent) {
  library::load_shipped_library(*db);
  cli::BenchDataOptions o;
  o.projects = 1200;
  o.seed = 7;
  o.batch = 100;  // several bulk statements of each kind
  const auto r = cli::create_bench_data(*db, o);
  const std::string cp = std::to_string(r.checkpoint_id);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM targets WHERE status = 'approved'"),
            r.monitoring_reports);
  EXPECT_EQ(scalar(*db, "SELECT reports FROM checkpoints WHERE id = " + cp), r.monitoring_reports);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM checkpoints WHERE status = 'planned'"), 1);
  // Three figures a monitored project, never falling, never above its amount.
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM executions"), 3 * r.monitoring_reports);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM executions e JOIN projects p ON p.id = e.project_id "
                   "WHERE e.executed_fen > p.amount_fen OR e.executed_fen < 0"),
            0);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM executions a JOIN executions b ON b.project_id = "
                   "a.project_id AND b.as_of > a.as_of WHERE b.executed_fen < a.executed_fen"),
            0);
  // The report's money is the series as of 31 May.
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM monitoring_reports m JOIN executions e ON e.project_id "
                   "= m.project_id AND e.as_of = '2026-05-31' WHERE m.executed_fen <> "
                   "e.executed_fen"),
            0);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM monitoring_indicators"), r.monitoring_answers);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(DISTINCT status) FROM monitoring_reports"), 4);
  // Reports past the unit are answered in full; half of those still with it are empty.
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM monitoring_reports m WHERE status <> 'pending' AND "
                   "(SELECT COUNT(*) FROM monitoring_indicators a WHERE a.report_id = m.id) <> "
                   "(SELECT COUNT(*) FROM target_indicators i WHERE i.target_id = m.target_id)"),
            0);
  EXPECT_GT(scalar(*db,
                   "SELECT COUNT(*) FROM monitoring_reports m WHERE status = 'pending' AND NOT "
                   "EXISTS (SELECT 1 FROM monitoring_indicators a WHERE a.report_id = m.id)"),
            0);

  expect_kept_equals_count(*db, r.checkpoint_id, "loaded");

  // A scan reads every report and writes nothing.
  monitoring::RunOptions scan;
  scan.batch = 64;
  scan.today = "2026-06-10";
  scan.scan_only = true;
  const auto scanned = monitoring::run_checkpoint(*db, r.checkpoint_id, scan);
  EXPECT_EQ(scanned.evaluated, r.monitoring_reports);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM monitoring_reports WHERE colour <> 'none'"), 0);
  EXPECT_EQ(scalar(*db, "SELECT run_evaluated FROM checkpoints WHERE id = " + cp), 0);

  // The run in batches of 64 gives what one judgement of every report gives.
  monitoring::RunOptions run = scan;
  run.scan_only = false;
  const auto first = monitoring::run_checkpoint(*db, r.checkpoint_id, run);
  EXPECT_TRUE(first.finished);
  EXPECT_EQ(first.evaluated, r.monitoring_reports);
  EXPECT_GT(first.changed, 0);
  const auto c = db->read(
      [&](soci::session& s) { return *monitoring::repo::find_checkpoint(s, r.checkpoint_id); });
  long long differ = 0, red = 0, blue = 0;
  db->read([&](soci::session& s) {
    const auto& settings = monitoring::national_warning_settings();  // the region sets none
    for (long long after = 0;;) {
      after = monitoring::evaluate_batch(
          s, c, settings, "2026-06-10", after, 5000, [&](const monitoring::Evaluated& e) {
            if (e.report.colour != e.colour_before || e.report.fired != e.fired_before) ++differ;
            red += e.report.colour == "red";
            blue += e.report.colour == "blue";
          });
      if (after == 0) break;
    }
  });
  EXPECT_EQ(differ, 0);
  EXPECT_GT(red, 0);
  EXPECT_GT(blue, 0);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM monitoring_reports WHERE colour <> 'none'"),
            first.changed);

  expect_kept_equals_count(*db, r.checkpoint_id, "after the run");

  // Again: the same colours, nothing written.
  const auto again = monitoring::run_checkpoint(*db, r.checkpoint_id, run);
  EXPECT_EQ(again.evaluated, r.monitoring_reports);
  EXPECT_EQ(again.changed, 0);

  // A report saved (a new version) after its batch was read keeps what its save wrote.
  db->write([&](soci::session& s) {
    s << "UPDATE monitoring_reports SET colour = 'none', fired = '[]' WHERE checkpoint_id = "
         ":c AND colour = 'red'",
        soci::use(r.checkpoint_id);
    // Cleared behind the kept totals' back: counted again, so that the write below must move
    // them by exactly the reports it wrote.
    monitoring::repo::rebuild_totals(s, r.checkpoint_id);
  });
  const long long was_red = red;
  long long batch_red = 0, saved = 0;
  db->write([&](soci::session& s) {
    auto batch = monitoring::read_batch(s, c, 0, 1'000'000);
    auto changes =
        monitoring::changes_of(batch, c, monitoring::national_warning_settings(), "2026-06-10");
    batch_red = static_cast<long long>(changes.size());
    s << "UPDATE monitoring_reports SET version = version + 1 WHERE id = :id",
        soci::use(changes.id.front());
    saved = changes.id.front();
    EXPECT_EQ(monitoring::write_changes(s, db->dialect(), r.checkpoint_id, changes), batch_red - 1);
  });
  EXPECT_EQ(batch_red, was_red);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM monitoring_reports WHERE colour = 'red'"),
            was_red - 1);
  EXPECT_EQ(scalar(*db, "SELECT colour = 'none' FROM monitoring_reports WHERE id = " +
                            std::to_string(saved)),
            1);
  expect_kept_equals_count(*db, r.checkpoint_id, "after a write that skipped a saved report");
}

}  // namespace
}  // namespace jixiao
