// bench-data's ex-ante assessments on both databases: the projects that need one (R-EA-3) have
// one, every state, level and conclusion occurs, and the kept totals equal a recount.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "assessment/repo.h"
#include "base/money.h"
#include "cli/bench_data.h"
#include "library/service.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

TEST_F(StoreTest, BenchDataAssessesTheProjectsThatNeedOneAndKeepsTheirTotals) {
  library::load_shipped_library(*db);
  cli::BenchDataOptions o;
  o.projects = 1500;
  o.seed = 5;
  o.batch = 100;  // several bulk statements of each kind
  const auto r = cli::create_bench_data(*db, o);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM assessments"), r.assessments);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM assessment_major_projects"), r.major_projects);
  EXPECT_GT(r.major_projects, 0);
  // R-EA-3 at the default 500万元: new and continuing projects at or above it, and the marked.
  const std::string threshold = std::to_string(500 * kFenPerWan);
  EXPECT_EQ(
      scalar(*db,
             "SELECT COUNT(*) FROM projects p WHERE (p.category IN ('new', 'continuing') "
             "AND p.amount_fen >= " +
                 threshold + ") OR p.id IN (SELECT project_id FROM assessment_major_projects)"),
      r.assessments);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM assessments a JOIN projects p ON p.id = a.project_id "
                   "WHERE a.amount_fen <> p.amount_fen OR a.unit_id <> p.unit_id OR a.region_id "
                   "<> p.region_id"),
            0);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(DISTINCT status) FROM assessments"), 7);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(DISTINCT level) FROM assessments"), 2);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(DISTINCT conclusion) FROM assessments WHERE status = "
                   "'concluded'"),
            3);
  // A conclusion has its score and grade; one not supported keeps nothing in the budget.
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM assessments WHERE status = 'concluded' AND "
                   "(final_score < 0 OR grade = '' OR concluded_at IS NULL)"),
            0);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM assessments WHERE conclusion = 'not_supported' AND "
                   "suggested_amount_fen <> 0"),
            0);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM assessments WHERE conclusion = "
                   "'support_after_changes' AND NOT (suggested_amount_fen < amount_fen)"),
            0);
  // Key assessments past selection have their scorers, each once.
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM assessments a WHERE a.level = 'key' AND a.status IN "
                   "('scoring', 'scored', 'concluded') AND NOT EXISTS (SELECT 1 FROM "
                   "assessment_scorers c WHERE c.assessment_id = a.id)"),
            0);

  auto expect_recounted = [&](const char* after) {
    db->read([&](soci::session& s) {
      const auth::DataScope all{auth::DataScope::Kind::region_tree, 0, "/"};
      const auto kept = assessment::repo::totals(s, o.year, all);
      const auto counted = assessment::repo::recount(s, o.year, all);
      EXPECT_EQ(kept.size(), counted.size()) << after;
      for (std::size_t i = 0; i < std::min(kept.size(), counted.size()); ++i) {
        EXPECT_EQ(kept[i].level, counted[i].level) << after;
        EXPECT_EQ(kept[i].status, counted[i].status) << after;
        EXPECT_EQ(kept[i].conclusion, counted[i].conclusion) << after;
        EXPECT_EQ(kept[i].grade, counted[i].grade) << after;
        EXPECT_EQ(kept[i].assessments, counted[i].assessments) << after;
        EXPECT_EQ(kept[i].amount_fen, counted[i].amount_fen) << after;
        EXPECT_EQ(kept[i].kept_out_fen, counted[i].kept_out_fen) << after;
      }
      return 0;
    });
  };
  expect_recounted("bench-data");
  EXPECT_EQ(scalar(*db, "SELECT SUM(assessments) FROM assessment_totals"), r.assessments);
  EXPECT_GT(scalar(*db, "SELECT SUM(kept_out_fen) FROM assessment_totals"), 0);

  // One begun afterwards gets a fresh id (PostgreSQL's identity moved on) and is kept too.
  db->write([&](soci::session& s) {
    long long project = 0, region = 0, unit = 0, department = 0, amount = 0;
    s << "SELECT id, region_id, unit_id, department_id, amount_fen FROM projects WHERE id = "
         "(SELECT MIN(id) FROM projects WHERE id NOT IN (SELECT project_id FROM assessments))",
        soci::into(project), soci::into(region), soci::into(unit), soci::into(department),
        soci::into(amount);
    assessment::Assessment a;
    a.region_id = region;
    a.year = o.year;
    a.project_id = project;
    a.unit_id = unit;
    a.department_id = department;
    a.status = "self_assessing";
    a.amount_fen = amount;
    a.created_at = a.updated_at = "2025-11-30T09:00:00Z";
    EXPECT_EQ(assessment::repo::insert(s, a), r.assessments + 1);
  });
  expect_recounted("a new one");
  EXPECT_EQ(scalar(*db, "SELECT SUM(assessments) FROM assessment_totals"), r.assessments + 1);
}

}  // namespace
}  // namespace jixiao
