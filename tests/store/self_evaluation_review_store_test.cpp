// The self-evaluation review on both databases: a plan's draw from the database's candidates is
// the pure draw of sampling.h (the same seed and candidates give the same sample, kept when the
// plan is fixed), a reviewer with a conflict of interest is refused, and completing a review of an
// inflated self score writes the evaluation's review total and grade, a finding and its notice in
// one transaction.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <memory>

#include "auth/repo.h"
#include "base/error.h"
#include "self_evaluation/review_service.h"
#include "self_evaluation/service.h"
#include "self_evaluation_answers.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

using self_evaluation::EvaluationService;
using self_evaluation::ReviewService;

class SelfEvaluationReviewStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    evaluations = std::make_unique<EvaluationService>(*db);
    reviews = std::make_unique<ReviewService>(*db);
    evaluations->open_round(who("demo_office"), {2026, "2027-03-31"});
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  long long user_id(const std::string& username) { return who(username).user_id; }

  // demo_unit's first project evaluation, every indicator reported at its target with the unit
  // claiming full marks, submitted; the office saved it once before (it may fill its own level's).
  self_evaluation::Evaluation submitted_with_full_marks() {
    const auto unit = who("demo_unit");
    self_evaluation::repo::Filter f;
    f.kind = "project";
    f.year = 2026;
    f.status = "pending";
    f.limit = 1;
    const auto id = evaluations->list(unit, f).items.at(0).id;
    auto v = evaluations->get(unit, id);
    self_evaluation::EvaluationInput office_note;
    office_note.problems = "绩效科代填";
    v = evaluations->save(who("demo_office"), id, v.evaluation.version, office_note);
    return submit_with_full_marks(*evaluations, unit, v);
  }

  std::unique_ptr<EvaluationService> evaluations;
  std::unique_ptr<ReviewService> reviews;
};

TEST_F(SelfEvaluationReviewStore, TheDrawFromTheDatabaseIsReproducibleAndFixingKeepsIt) {
  const auto office = who("demo_office");
  auto plan = reviews->create_plan(office, 2026).plan;
  // R-RV-1's defaults of the rule set, and a seed.
  EXPECT_EQ(plan.params.amount_threshold_fen, 100 * kFenPerWan);
  EXPECT_EQ(plan.params.sample_percent, 10);
  EXPECT_EQ(plan.status, "draft");
  // A project finance marked major is a key project.
  const long long major =
      scalar(*db,
             "SELECT MIN(project_id) FROM self_evaluations WHERE year = 2026 AND project_id IS NOT "
             "NULL AND budget_fen < 100000000");
  ASSERT_GT(major, 0);
  db->write([&](soci::session& s) {
    s << "DELETE FROM assessment_major_projects";
    s << "INSERT INTO assessment_major_projects (project_id, marked_by, reason, marked_at) VALUES "
         "(:p, :u, '重大项目', '2026-01-01T00:00:00Z')",
        soci::use(major), soci::use(office.user_id);
  });
  self_evaluation::PlanInput in;
  in.sample_percent = 30;
  in.seed = 42;
  plan = reviews->edit_plan(office, plan.id, plan.version, in).plan;

  // The preview is sampling.h's draw over every evaluation of the year in the region tree.
  const auto first = reviews->preview(office, plan.id, {});
  const auto again = reviews->preview(office, plan.id, {});
  ASSERT_EQ(first.chosen.size(), again.chosen.size());
  for (std::size_t k = 0; k < first.chosen.size(); ++k)
    EXPECT_EQ(first.chosen[k].chosen.evaluation_id, again.chosen[k].chosen.evaluation_id);
  std::vector<self_evaluation::Candidate> pool;
  db->read([&](soci::session& s) {
    self_evaluation::Candidate c;
    soci::statement st = (s.prepare << "SELECT e.id, COALESCE(e.project_id, 0), e.department_id, "
                                       "e.budget_fen FROM self_evaluations e WHERE e.year = 2026 "
                                       "ORDER BY e.id DESC",
                          soci::into(c.evaluation_id), soci::into(c.project_id),
                          soci::into(c.department_id), soci::into(c.budget_fen));
    st.execute();
    while (st.fetch()) {
      c.key_project = c.project_id == major;
      pool.push_back(c);
    }
    return 0;
  });
  const auto expected = self_evaluation::draw(pool, plan.params);
  ASSERT_EQ(first.chosen.size(), expected.chosen.size());
  ASSERT_GT(expected.summary.random.count, 0);
  for (std::size_t k = 0; k < expected.chosen.size(); ++k) {
    EXPECT_EQ(first.chosen[k].chosen.evaluation_id, expected.chosen[k].evaluation_id);
    EXPECT_EQ(first.chosen[k].chosen.reason, expected.chosen[k].reason);
  }
  EXPECT_EQ(first.summary.key_project.count, 1);
  EXPECT_EQ(first.summary.all.count,
            scalar(*db, "SELECT COUNT(*) FROM self_evaluations WHERE year = 2026"));

  // Fixed: the draw kept, each sample with its reason, weight and signals.
  const auto fixed = reviews->fix(office, plan.id, plan.version).plan;
  EXPECT_EQ(fixed.status, "fixed");
  EXPECT_EQ(fixed.sampled, static_cast<long long>(expected.chosen.size()));
  EXPECT_EQ(fixed.sampled_fen, expected.summary.chosen.money_fen);
  EXPECT_EQ(fixed.candidates, expected.summary.all.count);
  const std::string plan_id = std::to_string(plan.id);
  EXPECT_EQ(
      scalar(*db, "SELECT COUNT(*) FROM self_evaluation_review_samples WHERE plan_id = " + plan_id),
      fixed.sampled);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluation_review_samples x JOIN self_evaluations e "
                   "ON e.id = x.evaluation_id WHERE x.reason = 'key_project' AND e.project_id = " +
                       std::to_string(major)),
            1);
  EXPECT_EQ(
      scalar(*db, "SELECT SUM(budget_fen) FROM self_evaluation_review_samples WHERE year = 2026"),
      fixed.sampled_fen);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluation_review_samples WHERE year = 2026 AND "
                   "(status <> 'pending' OR reviewer_id IS NOT NULL OR weight <> 1)"),
            0);
  // Drawn again from the database it gives the kept sample; a fixed plan does not change.
  EXPECT_EQ(reviews->preview(office, plan.id, {}).same_as_fixed, std::optional<bool>(true));
  EXPECT_THROW(reviews->edit_plan(office, plan.id, fixed.version, in), AppError);
  EXPECT_THROW(reviews->fix(office, plan.id, fixed.version), AppError);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM self_evaluation_review_samples WHERE year = 2026"),
            fixed.sampled);
  // The county under the prefecture may not plan the year again; a unit may not plan at all.
  EXPECT_THROW(reviews->create_plan(who("demo_county_office"), 2026), AppError);
  EXPECT_THROW(reviews->create_plan(who("demo_unit"), 2025), AppError);
  EXPECT_THROW(reviews->get_plan(who("demo_unit"), plan.id), AppError);
  EXPECT_THROW(reviews->get_plan(who("demo_county_office"), plan.id), AppError);
}

TEST_F(SelfEvaluationReviewStore, AWeightedDrawWeighsBySignals) {
  const auto office = who("demo_office");
  const auto e = submitted_with_full_marks();
  auto plan = reviews->create_plan(office, 2026).plan;
  self_evaluation::PlanInput in;
  in.weighted = true;
  in.sample_percent = 100;  // every evaluation: each one's weight and signals are kept
  plan = reviews->edit_plan(office, plan.id, plan.version, in).plan;
  const auto fixed = reviews->fix(office, plan.id, plan.version).plan;
  EXPECT_EQ(fixed.sampled, fixed.candidates);
  // Each weight is 1 + the weights of its signals; the filled evaluation has no evidence behind
  // its values (no_evidence weighs 1 by default).
  db->read([&](soci::session& s) {
    long long evaluation_id = 0, weight = 0;
    std::string text;
    soci::statement st = (s.prepare << "SELECT evaluation_id, weight, signals FROM "
                                       "self_evaluation_review_samples WHERE year = 2026",
                          soci::into(evaluation_id), soci::into(weight), soci::into(text));
    st.execute();
    long long rows = 0;
    while (st.fetch()) {
      ++rows;
      long long w = 1;
      const auto signals = boost::json::parse(text).as_array();
      for (const auto& g : signals) w += g.at("weight").as_int64();
      EXPECT_EQ(weight, w) << text;
      if (evaluation_id == e.id) {
        bool no_evidence = false;
        for (const auto& g : signals) no_evidence |= g.at("code").as_string() == "no_evidence";
        EXPECT_TRUE(no_evidence) << text;
      }
    }
    EXPECT_EQ(rows, fixed.sampled);
    return 0;
  });
}

TEST_F(SelfEvaluationReviewStore, AnInflatedReviewWritesItsFindingAndNoticeTogether) {
  const auto office = who("demo_office");
  const auto expert = who("demo_expert");
  const auto e = submitted_with_full_marks();
  ASSERT_TRUE(e.self_total.has_value());
  auto plan = reviews->create_plan(office, 2026).plan;
  self_evaluation::PlanInput in;
  in.key_project_ids = std::vector<long long>{e.project_id};
  plan = reviews->edit_plan(office, plan.id, plan.version, in).plan;
  plan = reviews->fix(office, plan.id, plan.version).plan;
  self_evaluation::review_repo::SampleFilter f;
  f.plan_id = plan.id;
  f.limit = 1000;
  std::optional<self_evaluation::ReviewSample> sample;
  for (auto& x : reviews->samples(office, f, false).items)
    if (x.evaluation_id == e.id) sample = x;
  ASSERT_TRUE(sample);
  // The office saved the evaluation: it may not review it (conflict of interest).
  try {
    reviews->assign(office, plan.id, {sample->id}, {}, office.user_id);
    ADD_FAILURE() << "a writer was assigned";
  } catch (const AppError& err) {
    EXPECT_EQ(err.code(), "conflict_of_interest");
    EXPECT_EQ(err.field(), "sample_ids[0]");
  }
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluation_review_samples WHERE year = 2026 AND "
                   "reviewer_id IS NOT NULL"),
            0);
  auto x = reviews->assign(office, plan.id, {sample->id}, {sample->version}, expert.user_id).at(0);
  self_evaluation::review_repo::SampleFilter this_year;
  this_year.year = 2026;
  EXPECT_EQ(reviews->samples(expert, this_year, true).items.size(), 1u);

  // Its first indicator judged impossible at the target's last monitoring checkpoint, now met:
  // the reviewer is shown so, with the indicator named.
  const long long report =
      scalar(*db,
             "SELECT r.id FROM monitoring_reports r JOIN checkpoints c ON c.id = r.checkpoint_id "
             "WHERE r.submitted_at IS NOT NULL AND r.target_id = " +
                 std::to_string(e.target_id) + " ORDER BY c.as_of DESC LIMIT 1");
  ASSERT_GT(report, 0) << "the demo monitored the target";
  const long long first = e.indicators.at(0).position;
  db->write([&](soci::session& s) {
    s << "UPDATE monitoring_indicators SET likelihood = CASE WHEN position = :p THEN "
         "'impossible' ELSE 'certain' END WHERE report_id = :r",
        soci::use(first), soci::use(report);
  });
  ASSERT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM monitoring_indicators WHERE likelihood = "
                   "'impossible' AND report_id = " +
                       std::to_string(report)),
            1);
  auto v = reviews->get_sample(expert, x.id);
  const auto turned = std::ranges::find(v.signals, std::string("impossible_then_met"),
                                        &self_evaluation::Signal::code);
  ASSERT_NE(turned, v.signals.end());
  EXPECT_EQ(turned->positions, std::vector<long long>{first});
  EXPECT_NE(turned->detail.find("完全不可能完成"), std::string::npos) << turned->detail;

  // Half of each indicator's points.
  std::vector<self_evaluation::ReviewScoreInput> scores;
  long long total = v.evaluation.evaluation.execution_score;
  for (const auto& i : v.evaluation.evaluation.indicators) {
    if (i.not_applicable) continue;
    scores.push_back({i.position, i.computed_weight / 2, "按一半计分"});
    total += i.computed_weight / 2;
  }
  v = reviews->review(expert, x.id, v.sample.version, scores);
  EXPECT_EQ(v.sample.review_total, std::optional<long long>(total));
  // A stale version completes nothing.
  const long long audit = scalar(*db, "SELECT COUNT(*) FROM audit_log");
  EXPECT_THROW(reviews->complete(expert, x.id, v.sample.version - 1), AppError);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM audit_log"), audit);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM findings WHERE source = 'self_evaluation_review' AND "
                   "year = 2026"),
            0);

  v = reviews->complete(expert, x.id, v.sample.version);
  EXPECT_EQ(v.sample.status, "reviewed");
  EXPECT_TRUE(v.sample.inflated);
  const std::string eid = std::to_string(e.id);
  EXPECT_EQ(scalar(*db, "SELECT review_total FROM self_evaluations WHERE id = " + eid), total);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM self_evaluations WHERE id = " + eid +
                            " AND grade = 'poor'"),
            total < 6000 ? 1 : 0);
  const std::string sid = std::to_string(x.id);
  EXPECT_EQ(
      scalar(*db,
             "SELECT COUNT(*) FROM findings f JOIN self_evaluation_review_samples x ON "
             "x.finding_id = f.id AND x.document_id = f.document_id JOIN official_documents d "
             "ON d.id = f.document_id WHERE f.source = 'self_evaluation_review' AND "
             "f.source_id = " +
                 sid + " AND f.unit_id = " + std::to_string(e.unit_id) +
                 " AND f.project_id = " + std::to_string(e.project_id) +
                 " AND f.status = 'open' AND d.kind = 'rectification_notice' AND d.subject "
                 "= 'self_evaluation' AND d.subject_id = " +
                 eid),
      1);
  // The bureau's letter names as its 经办 the office's staff who assigned the review, not the
  // expert who did it.
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM official_documents d JOIN users u ON u.id = d.issued_by "
                   "WHERE u.username = 'demo_office' AND u.display_name = '张敏（绩效科）' AND "
                   "d.id = " +
                       std::to_string(v.sample.document_id)),
            1);
  // The evaluation's timeline has the review; the sample's its steps.
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM audit_log WHERE entity = 'self_evaluation' AND "
                   "action = 'review' AND entity_id = " +
                       eid),
            1);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM audit_log WHERE entity = 'self_evaluation_review' "
                   "AND entity_id = " +
                       sid),
            3);
  EXPECT_THROW(reviews->complete(expert, x.id, v.sample.version), AppError);
}

}  // namespace
}  // namespace jixiao
