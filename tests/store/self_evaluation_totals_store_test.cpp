// The kept self-evaluation totals on both databases: after a year is opened, an evaluation is
// filled, submitted, consolidated and accepted, the review samples it, scores it and finds it
// inflated, and rows are written in bulk, the kept totals equal a count of the evaluations and
// their samples, and the statistics read them in the caller's scope.
#include <gtest/gtest.h>

#include <memory>

#include "auth/repo.h"
#include "self_evaluation/repo_bulk.h"
#include "self_evaluation/repo_totals.h"
#include "self_evaluation/review_service.h"
#include "self_evaluation/service.h"
#include "self_evaluation/statistics_service.h"
#include "self_evaluation_answers.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

using self_evaluation::EvaluationService;
using self_evaluation::ReviewService;

const auth::DataScope kEverywhere{auth::DataScope::Kind::region_tree, 0, "/"};

class SelfEvaluationTotalsStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    evaluations = std::make_unique<EvaluationService>(*db);
    reviews = std::make_unique<ReviewService>(*db);
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }

  // The kept totals of every year against a count of the rows, whole and with the prefecture's
  // own departments apart.
  void expect_kept_equals_count(const std::string& when) {
    const long long prefecture = who("demo_office").region_id;
    db->read([&](soci::session& s) {
      for (long long year : {2025LL, 2026LL}) {
        for (long long own : {0LL, prefecture}) {
          const auto kept = self_evaluation::repo::totals(s, year, kEverywhere, own);
          const auto counted = self_evaluation::repo::recount(s, year, kEverywhere, own);
          EXPECT_EQ(kept, counted) << when << ": " << year << ", departments of " << own;
        }
      }
      return 0;
    });
  }
  long long kept(const std::string& column) {
    return scalar(*db, "SELECT COALESCE(SUM(" + column +
                           "), 0) FROM self_evaluation_totals WHERE year = 2026");
  }

  // demo_unit's first pending project evaluation of 2026, every indicator at its target with the
  // unit claiming full marks, submitted.
  self_evaluation::Evaluation submitted_with_full_marks() {
    const auto unit = who("demo_unit");
    self_evaluation::repo::Filter f;
    f.year = 2026;
    f.kind = "project";
    f.status = "pending";
    f.limit = 1;
    const auto id = evaluations->list(unit, f).items.at(0).id;
    const auto v = evaluations->get(unit, id);
    return submit_with_full_marks(*evaluations, unit, v);
  }

  std::unique_ptr<EvaluationService> evaluations;
  std::unique_ptr<ReviewService> reviews;
};

TEST_F(SelfEvaluationTotalsStore, EveryWriteKeepsTheTotalsEqualToACount) {
  expect_kept_equals_count("the demo");
  const auto office = who("demo_office");
  const auto round = evaluations->open_round(office, {2026, "2027-03-31"});
  ASSERT_GT(round.evaluations, 10);
  expect_kept_equals_count("opened");
  EXPECT_EQ(kept("evaluations"), round.evaluations);
  EXPECT_EQ(kept("budget_fen"),
            scalar(*db, "SELECT SUM(budget_fen) FROM self_evaluations WHERE year = 2026"));

  // Filled (graded at the save that answers every indicator), submitted, consolidated, accepted.
  auto e = submitted_with_full_marks();
  expect_kept_equals_count("submitted");
  EXPECT_NE(e.grade, "");
  e = evaluations->step(who("demo_department"), e.id, e.version, {"consolidate", "pass", ""})
          .evaluation;
  e = evaluations->step(office, e.id, e.version, {"decide", "accept", "同意"}).evaluation;
  EXPECT_EQ(e.status, "accepted");
  expect_kept_equals_count("accepted");

  // The review samples it (the key project), an expert scores half of each indicator's points
  // and completes: the grade follows the review and the self score is inflated (R-RV-2).
  auto plan = reviews->create_plan(office, 2026).plan;
  self_evaluation::PlanInput in;
  in.key_project_ids = std::vector<long long>{e.project_id};
  plan = reviews->edit_plan(office, plan.id, plan.version, in).plan;
  plan = reviews->fix(office, plan.id, plan.version).plan;
  expect_kept_equals_count("sampled");
  EXPECT_EQ(kept("sampled"), plan.sampled);
  EXPECT_EQ(
      kept("sampled_fen"),
      scalar(*db,
             "SELECT SUM(e.budget_fen) FROM self_evaluations e JOIN "
             "self_evaluation_review_samples x ON x.evaluation_id = e.id WHERE e.year = 2026"));
  self_evaluation::review_repo::SampleFilter f;
  f.plan_id = plan.id;
  f.limit = 1000;
  std::optional<self_evaluation::ReviewSample> sample;
  for (auto& x : reviews->samples(office, f, false).items)
    if (x.evaluation_id == e.id) sample = x;
  ASSERT_TRUE(sample);
  const auto expert = who("demo_expert");
  auto x = reviews->assign(office, plan.id, {sample->id}, {}, expert.user_id).at(0);
  auto v = reviews->get_sample(expert, x.id);
  std::vector<self_evaluation::ReviewScoreInput> scores;
  for (const auto& i : v.evaluation.evaluation.indicators)
    if (!i.not_applicable) scores.push_back({i.position, i.computed_weight / 2, "按一半计分"});
  v = reviews->review(expert, x.id, v.sample.version, scores);
  expect_kept_equals_count("scored");
  EXPECT_EQ(kept("reviewed"), 0);
  v = reviews->complete(expert, x.id, v.sample.version);
  ASSERT_TRUE(v.sample.inflated);
  expect_kept_equals_count("reviewed");
  EXPECT_EQ(kept("reviewed"), 1);
  EXPECT_EQ(kept("reviewed_fen"), e.budget_fen);
  EXPECT_EQ(kept("inflated"), 1);

  // Rows written in bulk: two of demo_unit's evaluations accepted with a grade.
  const auto unit = who("demo_unit");
  self_evaluation::repo::Filter pending;
  pending.year = 2026;
  pending.kind = "project";
  pending.status = "pending";
  pending.limit = 2;
  auto rows = evaluations->list(unit, pending).items;
  ASSERT_EQ(rows.size(), 2u);
  for (auto& r : rows) {
    r.status = "accepted";
    r.grade = "fair";
    r.executed_fen = r.budget_fen / 2;
    r.submitted_at = r.decided_at = r.updated_at = "2027-03-01T00:00:00Z";
  }
  db->write(
      [&](soci::session& s) { self_evaluation::repo::write_results_bulk(s, db->dialect(), rows); });
  expect_kept_equals_count("written in bulk");
  EXPECT_EQ(
      kept("fair"),
      scalar(*db, "SELECT COUNT(*) FROM self_evaluations WHERE grade = 'fair' AND year = 2026"));
  EXPECT_EQ(
      kept("accepted"),
      scalar(*db,
             "SELECT COUNT(*) FROM self_evaluations WHERE status = 'accepted' AND year = 2026"));

  // Counted again from scratch, the totals are the same; the rows of zero are gone.
  db->write([&](soci::session& s) { self_evaluation::repo::rebuild_totals(s, 2026); });
  expect_kept_equals_count("rebuilt");
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM self_evaluation_totals WHERE evaluations = 0"), 0);

  // The statistics: the whole year for its office, a unit's own evaluations for a unit.
  self_evaluation::StatisticsService statistics(*db);
  const auto st = statistics.statistics(office, 2026, std::nullopt, "region");
  EXPECT_EQ(st.total.evaluations, round.evaluations);
  EXPECT_EQ(st.total.inflated, 1);
  EXPECT_EQ(st.total.findings, 1);
  EXPECT_GT(st.total.budget_projects, 0);
  EXPECT_LE(st.total.projects, st.total.budget_projects);
  const auto own = statistics.statistics(unit, 2026, std::nullopt, "region");
  EXPECT_EQ(own.total.evaluations,
            scalar(*db, "SELECT COUNT(*) FROM self_evaluations WHERE year = 2026 AND unit_id = " +
                            std::to_string(unit.unit_id)));
  EXPECT_LT(own.total.evaluations, st.total.evaluations);
}

}  // namespace
}  // namespace jixiao
