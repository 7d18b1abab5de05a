// The measurement data and the office's batch lint, on both databases.
#include <gtest/gtest.h>

#include "base/error.h"
#include "cli/bench_data.h"
#include "library/service.h"
#include "store_fixture.h"
#include "targets/batch.h"

namespace jixiao {
namespace {

TEST_F(StoreTest, BenchDataIsAProvinceWithTargetsAndTheBatchLintStoresFindings) {
  library::load_shipped_library(*db);
  cli::BenchDataOptions o;
  o.projects = 400;
  o.seed = 3;
  o.batch = 150;  // several bulk statements
  const auto r = cli::create_bench_data(*db, o);
  EXPECT_EQ(r.regions, 1 + 16 + 16 * 8);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM projects"), 400);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM targets"), 400);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM target_indicators"), r.indicators);
  EXPECT_GE(r.indicators, 400 * 8);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(DISTINCT role) FROM users"), 8);  // every role
  EXPECT_THROW(cli::create_bench_data(*db, o), AppError);               // not an empty database
  // The totals it counted as it generated the rows are those of a recount.
  EXPECT_EQ(
      scalar(*db,
             "SELECT COUNT(*) FROM (SELECT year, region_id, department_id, fund_type, status, "
             "COUNT(*), SUM(amount_fen) FROM projects GROUP BY year, region_id, "
             "department_id, fund_type, status EXCEPT SELECT year, region_id, department_id, "
             "fund_type, status, projects, amount_fen FROM project_totals) x"),
      0);
  EXPECT_EQ(scalar(*db, "SELECT SUM(projects) FROM project_totals"), 400);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM (SELECT t.year, t.region_id, t.department_id, t.kind, "
                   "p.fund_type, t.status, COUNT(*), SUM(t.not_funded), SUM(p.amount_fen) FROM "
                   "targets t JOIN projects p ON p.id = t.project_id GROUP BY t.year, t.region_id, "
                   "t.department_id, t.kind, p.fund_type, t.status EXCEPT SELECT year, region_id, "
                   "department_id, kind, fund_type, status, targets, not_funded, amount_fen FROM "
                   "target_totals WHERE cancelled = 0) x"),
            0);
  EXPECT_EQ(scalar(*db, "SELECT SUM(targets) FROM target_totals"), 400);
  // New rows after explicit ids still get fresh ones (PostgreSQL identity moved on).
  db->write([](soci::session& s) {
    s << "INSERT INTO projects (region_id, year, code, name, unit_id, department_id, fund_type, "
         "amount_fen, function_class, category, status, created_at, updated_at) SELECT region_id, "
         "year, 'AFTER1', name, unit_id, department_id, fund_type, amount_fen, function_class, "
         "category, status, created_at, updated_at FROM projects WHERE id = (SELECT MIN(id) FROM "
         "projects)";
  });
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM projects"), 401);

  targets::BatchLintOptions scan;
  scan.year = 2026;
  scan.units_per_chunk = 500;
  scan.scan_only = true;
  const auto read = targets::lint_all(*db, scan);
  EXPECT_EQ(read.targets, 400);
  EXPECT_EQ(read.indicators, r.indicators);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM target_findings"), 0);

  targets::BatchLintOptions run = scan;
  run.scan_only = false;
  const auto linted = targets::lint_all(*db, run);
  EXPECT_EQ(linted.targets, 400);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM target_findings"), linted.findings);
  // A minority is poor, as the seeds describe, and the counts on the targets agree.
  EXPECT_GT(linted.with_errors, 0);
  EXPECT_LT(linted.with_errors, 400 / 4);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM targets WHERE errors > 0"), linted.with_errors);
  EXPECT_GT(scalar(*db, "SELECT COUNT(*) FROM target_findings WHERE code = 'vague_indicator'"), 0);
  // A second run replaces the findings rather than adding to them.
  targets::lint_all(*db, run);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM target_findings"), linted.findings);

  // A target saved while the run had read it but not yet written keeps what its save stored.
  const long long first = scalar(*db,
                                 "SELECT MIN(id) FROM targets WHERE unit_id = (SELECT "
                                 "MIN(unit_id) FROM targets WHERE year = 2026)");
  bool saved = false;
  run.progress = [&](long long) {
    if (saved) return;  // the first chunk only
    saved = true;
    db->write([&](soci::session& s) {
      s << "UPDATE targets SET version = version + 1, errors = 77 WHERE id = :id", soci::use(first);
      s << "DELETE FROM target_findings WHERE target_id = :id", soci::use(first);
      s << "INSERT INTO target_findings (target_id, position, code, severity, indicator, message, "
           "rule) VALUES (:id, 0, 'saved', 'error', -1, '保存时的检查结果', 'R-IND-4')",
          soci::use(first);
    });
  };
  targets::lint_all(*db, run);
  EXPECT_EQ(scalar(*db, "SELECT errors FROM targets WHERE id = " + std::to_string(first)), 77);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM target_findings WHERE target_id = " +
                            std::to_string(first)),
            1);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM target_findings WHERE code = 'saved'"), 1);
}

}  // namespace
}  // namespace jixiao
