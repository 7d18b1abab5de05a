// bench-data's self-evaluation on both databases: every approved target has its evaluation,
// spread over the workflow's states and grades; the review's sample holds every project at or
// above 100万元, its inflated reviews have their findings in the ledger; the kept totals equal a
// recount and the province office's statistics read them.
#include <gtest/gtest.h>

#include <string>

#include "auth/repo.h"
#include "cli/bench_data.h"
#include "library/service.h"
#include "self_evaluation/repo_totals.h"
#include "self_evaluation/statistics_service.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

TEST_F(StoreTest, BenchDataEvaluatesEveryApprovedTargetAndSamplesTheReview) {
  library::load_shipped_library(*db);
  cli::BenchDataOptions o;
  o.projects = 600;
  o.seed = 5;
  const auto r = cli::create_bench_data(*db, o);
  EXPECT_EQ(r.self_evaluations,
            scalar(*db, "SELECT COUNT(*) FROM targets WHERE status IN ('approved', 'adjusting')"));
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM self_evaluations"), r.self_evaluations);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(DISTINCT status) FROM self_evaluations"), 5);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(DISTINCT grade) FROM self_evaluations"), 5);  // and none
  // R-RV-1: every project at or above 100万元, and some of the rest.
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluations e WHERE e.budget_fen >= 100000000 AND "
                   "NOT EXISTS (SELECT 1 FROM self_evaluation_review_samples x WHERE "
                   "x.evaluation_id = e.id)"),
            0);
  EXPECT_GT(
      scalar(*db, "SELECT COUNT(*) FROM self_evaluation_review_samples WHERE reason = 'random'"),
      0);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM self_evaluation_review_samples"), r.review_samples);
  // Reviewed only once their units sent them in; each inflated one has its finding.
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluation_review_samples x JOIN self_evaluations "
                   "e ON e.id = x.evaluation_id WHERE x.status = 'reviewed' AND e.status IN "
                   "('pending', 'returned')"),
            0);
  EXPECT_GT(r.inflated, 0);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluation_review_samples x JOIN findings f ON "
                   "f.id = x.finding_id AND f.source = 'self_evaluation_review' AND f.source_id = "
                   "x.id WHERE x.inflated = 1 AND x.status = 'reviewed'"),
            r.inflated);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(DISTINCT status) FROM findings WHERE source = "
                   "'self_evaluation_review'"),
            3);

  const auth::DataScope everywhere{auth::DataScope::Kind::region_tree, 0, "/"};
  db->read([&](soci::session& s) {
    EXPECT_EQ(self_evaluation::repo::totals(s, 2026, everywhere),
              self_evaluation::repo::recount(s, 2026, everywhere));
    return 0;
  });
  const auto office =
      *db->read([](soci::session& s) { return auth::repo::find_principal(s, "b990000_office"); });
  const auto st =
      self_evaluation::StatisticsService(*db).statistics(office, 2026, std::nullopt, "region");
  EXPECT_EQ(st.total.evaluations, r.self_evaluations);
  EXPECT_EQ(st.total.sampled, r.review_samples);
  EXPECT_EQ(st.total.reviewed, r.reviewed);
  EXPECT_EQ(st.total.inflated, r.inflated);
  EXPECT_EQ(st.total.findings, r.inflated);
  EXPECT_EQ(st.by_region.size(), 16u);
}

}  // namespace
}  // namespace jixiao
