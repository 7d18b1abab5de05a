// bench-self-evaluation on both databases, and the round's re-scoring over it: the year before
// has N projects closed with an approved target each, the round an evaluation each with its money,
// the answers are spread over the states with their scores left to the job; the job then scores
// every answered one as a save would, a scan writes nothing, and a second job writes nothing.
#include <gtest/gtest.h>

#include <string>

#include "cli/bench_data.h"
#include "cli/bench_self_evaluation.h"
#include "db/query.h"
#include "library/service.h"
#include "self_evaluation/repo.h"
#include "self_evaluation/repo_totals.h"
#include "self_evaluation/score_job.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

TEST_F(StoreTest, BenchSelfEvaluationLoadsAYearWhoseScoresTheJobGivesOnce) {
  library::load_shipped_library(*db);
  cli::BenchDataOptions o;
  o.projects = 200;
  o.seed = 3;
  cli::create_bench_data(*db, o);
  cli::BenchSelfEvaluationOptions se;
  se.evaluations = 600;
  se.seed = 3;
  se.batch = 150;  // several bulk statements of each kind
  const auto r = cli::create_bench_self_evaluation(*db, se);
  // bench-data's own year is evaluated too: the round's rows are these.
  const std::string round = std::to_string(r.round_id);
  EXPECT_EQ(r.projects, 600);
  EXPECT_EQ(r.evaluations, 600);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM projects WHERE year = 2025 AND status = 'completed'"),
            600);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM targets WHERE year = 2025 AND status = 'approved'"),
            600);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM self_evaluations WHERE round_id = " +
                            std::to_string(r.round_id)),
            600);
  // Money from the project and its year-end spending, never above the budget.
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluations e JOIN projects p ON p.id = e.project_id "
                   "JOIN executions x ON x.project_id = p.id WHERE e.round_id = " +
                       round +
                       " AND (e.budget_fen <> p.amount_fen OR e.executed_fen <> x.executed_fen OR "
                       "e.executed_fen > e.budget_fen)"),
            0);
  // Every state of the workflow; a department's own form never waits for consolidation.
  for (const char* status : {"pending", "returned", "submitted", "consolidated", "accepted"})
    EXPECT_GT(scalar(*db, std::string("SELECT COUNT(*) FROM self_evaluations WHERE status = '") +
                              status + "' AND round_id = " + round),
              0)
        << status;
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluations WHERE status = 'submitted' AND "
                   "unit_id = department_id AND round_id = " +
                       round),
            0);
  // The answers are in, the scores are not: only R-SE-3's, as at opening.
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluations WHERE indicator_scores <> '' AND "
                   "round_id = " +
                       round),
            0);
  EXPECT_GT(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluation_indicators WHERE deviation_reason "
                   "<> ''"),
            0);

  self_evaluation::ScoreOptions options;
  options.batch = 100;
  options.scan_only = true;
  auto job = self_evaluation::score_round(*db, r.round_id, options);
  EXPECT_EQ(job.evaluated, 600);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluations WHERE indicator_scores <> '' AND "
                   "round_id = " +
                       round),
            0);
  options.scan_only = false;
  job = self_evaluation::score_round(*db, r.round_id, options);
  EXPECT_TRUE(job.finished);
  EXPECT_EQ(job.changed, r.answered);
  EXPECT_EQ(job.unanswered, 600 - r.answered);
  EXPECT_EQ(job.refused, 0);
  // Every answered indicator scored; a total is the sum of its rounded parts (R-MON-3).
  db->read([&](soci::session& s) {
    struct Row {
      long long id = 0, execution_score = 0, computed_total = 0;
      std::string status, grade;
    };
    db::Query q(
        "SELECT id, execution_score, computed_total, status, grade FROM self_evaluations WHERE "
        "round_id = ");
    q.bind(r.round_id);
    long long checked = 0;
    for (const auto& e : db::fetch_all<Row>(s, q, [](soci::statement&st, Row&e) {
           st.exchange(soci::into(e.id));
           st.exchange(soci::into(e.execution_score));
           st.exchange(soci::into(e.computed_total));
           st.exchange(soci::into(e.status));
           st.exchange(soci::into(e.grade));
         })) {
      if (e.status == "pending") continue;
      long long sum = e.execution_score;
      for (const auto& i : self_evaluation::repo::indicators(s, e.id)) {
        EXPECT_FALSE(i.rule.empty()) << e.id;
        sum += i.computed_score;
      }
      if (!e.grade.empty()) {
        EXPECT_EQ(e.computed_total, sum) << e.id;
      }
      ++checked;
    }
    EXPECT_GT(checked, 0);
  });
  // The grades it gave are in the kept totals (the statistics read them).
  db->read([&](soci::session& s) {
    const auth::DataScope everywhere{auth::DataScope::Kind::region_tree, 0, "/"};
    const auto kept = self_evaluation::repo::totals(s, 2025, everywhere);
    EXPECT_EQ(kept, self_evaluation::repo::recount(s, 2025, everywhere));
    long long graded = 0;
    for (const auto& t : kept)
      for (const long long n : t.grades) graded += n;
    EXPECT_EQ(graded, r.answered);
    return 0;
  });
  job = self_evaluation::score_round(*db, r.round_id, options);
  EXPECT_EQ(job.changed, 0);
}

}  // namespace
}  // namespace jixiao
