// A round's re-scoring on both databases: after the office changes the year's rule parameters
// every answered evaluation is scored again as a save would score it now, batch by batch, with its
// progress on the round; a job stopped part way goes on from its place, a job again writes
// nothing, answers the new rules refuse are left as they were, and only the round's own office
// starts it.
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <memory>
#include <thread>

#include "auth/repo.h"
#include "base/error.h"
#include "rules/repo.h"
#include "self_evaluation/repo.h"
#include "self_evaluation/score_job.h"
#include "self_evaluation/service.h"
#include "store_fixture.h"
#include "targets/value.h"

namespace jixiao {
namespace {

using self_evaluation::EvaluationService;

class SelfEvaluationScoringStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    service = std::make_unique<EvaluationService>(*db);
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  self_evaluation::Round open() {
    return service->open_round(who("demo_office"), {2026, "2027-03-31"});
  }
  // The answers as stored: a save of them changes nothing unless the scores would.
  static self_evaluation::EvaluationInput as_stored(const self_evaluation::Evaluation& e) {
    self_evaluation::EvaluationInput in;
    in.indicators.emplace();
    for (const auto& i : e.indicators)
      in.indicators->push_back({i.position, i.actual_value, i.not_applicable, i.deviation_reason,
                                i.improvement, i.self_score, i.self_score_reason});
    return in;
  }
  // demo_unit's first n pending project evaluations of 2026, every indicator at its target (a
  // value neither a number nor a date left out as not applicable).
  std::vector<long long> answer(int n) {
    const auto unit = who("demo_unit");
    self_evaluation::repo::Filter f;
    f.year = 2026;
    f.kind = "project";
    f.status = "pending";
    f.limit = n;
    std::vector<long long> ids;
    for (const auto& e : service->list(unit, f).items) {
      auto v = service->get(unit, e.id);
      for (auto& i : v.evaluation.indicators) {
        const auto target = targets::parse_value(i.value);
        if (i.comparator == "qualitative")
          i.actual_value = "achieved";
        else if (target.kind == targets::ParsedValue::Kind::number ||
                 target.kind == targets::ParsedValue::Kind::date)
          i.actual_value = i.value;
        else
          i.not_applicable = true;
      }
      service->save(unit, e.id, v.evaluation.version, as_stored(v.evaluation));
      ids.push_back(e.id);
    }
    EXPECT_EQ(ids.size(), static_cast<std::size_t>(n));
    return ids;
  }
  // The prefecture's R-SE-1 for 2026, in whole points (the county below inherits it).
  void set_points(int execution, int output, int benefit, int satisfaction) {
    const auto office = who("demo_office");
    db->write([&](soci::session& s) {
      rules::repo::upsert(
          s, office.region_id, 2026, "R-SE-1",
          "{\"execution_points\":" + std::to_string(execution) + ",\"output_points\":" +
              std::to_string(output) + ",\"benefit_points\":" + std::to_string(benefit) +
              ",\"satisfaction_points\":" + std::to_string(satisfaction) + ",\"cost_points\":0}",
          office.user_id, "2027-04-01T09:00:00Z");
    });
  }
  self_evaluation::Round stored(long long id) {
    return *db->read([&](soci::session& s) { return self_evaluation::repo::find_round(s, id); });
  }
  long long audits(const std::string& action) {
    return scalar(*db,
                  "SELECT COUNT(*) FROM audit_log WHERE entity = 'self_evaluation_round' AND "
                  "action = '" +
                      action + "'");
  }
  // Waits for the round's background job to end.
  void wait_for(long long round_id) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (service->scoring(round_id) && std::chrono::steady_clock::now() < until)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ASSERT_FALSE(service->scoring(round_id));
  }
  std::unique_ptr<EvaluationService> service;
};

TEST_F(SelfEvaluationScoringStore, ARoundIsScoredAgainAfterTheRulesChangeAndGoesOnAfterAStop) {
  const auto round = open();
  const auto unit = who("demo_unit");
  const auto ids = answer(3);
  // Under the rules they were saved under nothing changes; the rest are not answered yet.
  self_evaluation::ScoreOptions options;
  options.batch = 100;
  auto r = self_evaluation::score_round(*db, round.id, options);
  EXPECT_TRUE(r.finished);
  EXPECT_FALSE(r.resumed);
  EXPECT_EQ(r.evaluated, round.evaluations);
  EXPECT_EQ(r.changed, 0);
  EXPECT_EQ(r.unanswered, round.evaluations - 3);
  auto progress = stored(round.id).scoring;
  EXPECT_EQ(progress.total, round.evaluations);
  EXPECT_EQ(progress.done, round.evaluations);
  EXPECT_EQ(progress.unanswered, round.evaluations - 3);
  EXPECT_FALSE(progress.started_at.empty());
  EXPECT_FALSE(progress.finished_at.empty());
  EXPECT_EQ(progress.by, 0);  // the system's
  EXPECT_EQ(audits("score"), 1);
  EXPECT_EQ(audits("score_batch"), 0);

  for (const long long id : ids)
    EXPECT_EQ(service->get(unit, id).evaluation.execution_weight, 1000);
  set_points(20, 40, 30, 10);
  // Stopped after its first batch: its place is kept, and the next start goes on from it.
  int asked = 0;
  options.stop = [&asked] { return asked++ >= 1; };
  r = self_evaluation::score_round(*db, round.id, options);
  EXPECT_FALSE(r.finished);
  EXPECT_EQ(r.evaluated, 100);
  progress = stored(round.id).scoring;
  EXPECT_EQ(progress.done, 100);
  EXPECT_TRUE(progress.finished_at.empty());
  options.stop = nullptr;
  const auto rest = self_evaluation::score_round(*db, round.id, options);
  EXPECT_TRUE(rest.resumed);
  EXPECT_TRUE(rest.finished);
  EXPECT_EQ(r.evaluated + rest.evaluated, round.evaluations);
  EXPECT_EQ(r.changed + rest.changed, 3);
  progress = stored(round.id).scoring;
  EXPECT_EQ(progress.done, round.evaluations);
  EXPECT_EQ(progress.changed, 3);
  EXPECT_FALSE(progress.finished_at.empty());
  // The kept scores are those a save gives now: saving the same answers again writes nothing.
  for (const long long id : ids) {
    const auto v = service->get(unit, id);
    EXPECT_EQ(v.evaluation.execution_weight, 2000);
    const auto again = service->save(unit, id, v.evaluation.version, as_stored(v.evaluation));
    EXPECT_EQ(again.evaluation.version, v.evaluation.version);
    EXPECT_EQ(again.evaluation.computed_total, v.evaluation.computed_total);
  }
  // Audited in batches: the records name every changed evaluation with its totals.
  EXPECT_GE(audits("score_batch"), 1);
  for (const long long id : ids)
    EXPECT_EQ(scalar(*db,
                     "SELECT COUNT(*) FROM audit_log WHERE action = 'score_batch' AND after_json "
                     "LIKE '%\"id\":" +
                         std::to_string(id) + ",%'"),
              1);
  EXPECT_EQ(audits("score"), 2);
  // Again: nothing to write.
  r = self_evaluation::score_round(*db, round.id, options);
  EXPECT_TRUE(r.finished);
  EXPECT_EQ(r.changed, 0);
  EXPECT_EQ(stored(round.id).scoring.changed, 0);
  // The baseline reads the same rows and writes nothing.
  options.scan_only = true;
  const long long audit_rows = scalar(*db, "SELECT COUNT(*) FROM audit_log");
  r = self_evaluation::score_round(*db, round.id, options);
  EXPECT_EQ(r.evaluated, round.evaluations);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM audit_log"), audit_rows);
}

TEST_F(SelfEvaluationScoringStore, NewGradeBandsMoveTheGradesAlone) {
  const auto round = open();
  const auto unit = who("demo_unit");
  const auto ids = answer(2);
  std::map<long long, std::string> details, grades;  // by evaluation
  for (const long long id : ids) {
    const auto v = service->get(unit, id);
    details[id] = v.evaluation.indicators.front().detail;
    grades[id] = v.evaluation.grade;
  }
  const auto band = [](long long total) {
    return total >= 9900 ? "excellent" : total >= 9800 ? "good" : total >= 9700 ? "fair" : "poor";
  };
  // R-GR-1: 优 from 99 points, 良 from 98, 中 from 97.
  const auto office = who("demo_office");
  db->write([&](soci::session& s) {
    rules::repo::upsert(s, office.region_id, 2026, "R-GR-1",
                        R"({"excellent":99,"good":98,"fair":97})", office.user_id,
                        "2027-04-01T09:00:00Z");
  });
  const auto r = self_evaluation::score_round(*db, round.id, {});
  long long moved = 0;
  for (const long long id : ids) {
    const auto v = service->get(unit, id);
    EXPECT_EQ(v.evaluation.grade, band(v.evaluation.computed_total));
    moved += v.evaluation.grade != grades[id] ? 1 : 0;
    EXPECT_EQ(v.evaluation.indicators.front().detail, details[id]);
    const auto again = service->save(unit, id, v.evaluation.version, as_stored(v.evaluation));
    EXPECT_EQ(again.evaluation.version, v.evaluation.version);
  }
  EXPECT_EQ(r.changed, moved);
  EXPECT_GT(moved, 0);
}

TEST_F(SelfEvaluationScoringStore, AnswersTheNewRulesRefuseAreLeftAsTheyWere) {
  const auto round = open();
  const auto unit = who("demo_unit");
  const long long id = answer(1).front();
  // A self score of all of an output indicator's points, with its reason.
  auto v = service->get(unit, id);
  auto in = as_stored(v.evaluation);
  long long weight = 0;
  for (std::size_t k = 0; k < v.evaluation.indicators.size(); ++k) {
    const auto& i = v.evaluation.indicators[k];
    if (i.category != "output" || i.not_applicable || i.comparator == "qualitative") continue;
    weight = i.computed_weight;
    (*in.indicators)[k].self_score = weight;
    (*in.indicators)[k].self_score_reason = "全部完成";
    break;
  }
  ASSERT_GT(weight, 0);
  v = service->save(unit, id, v.evaluation.version, in);
  const long long total = v.evaluation.computed_total;
  // Output's points fall below it.
  set_points(10, 30, 50, 10);
  const auto r = self_evaluation::score_round(*db, round.id, {});
  EXPECT_EQ(r.refused, 1);
  EXPECT_EQ(r.changed, 0);
  EXPECT_EQ(stored(round.id).scoring.refused, 1);
  const auto after = service->get(unit, id);
  EXPECT_EQ(after.evaluation.computed_total, total);
  EXPECT_EQ(after.evaluation.version, v.evaluation.version);
}

TEST_F(SelfEvaluationScoringStore, OnlyTheRoundsOwnOfficeStartsItAndAStoppedJobGoesOnAtTheStart) {
  const auto round = open();
  const auto office = who("demo_office");
  answer(2);
  set_points(20, 40, 30, 10);
  // The county's office sees its prefecture's round, and may not start it; a unit may not.
  const auto seen = service->round(who("demo_county_office"), round.id);
  EXPECT_EQ(seen.first.id, round.id);
  EXPECT_FALSE(seen.second);
  for (const char* username : {"demo_county_office", "demo_unit"}) {
    try {
      service->start_scoring(who(username), round.id);
      ADD_FAILURE() << username << " started the job";
    } catch (const AppError& e) {
      EXPECT_EQ(e.kind(), ErrorKind::forbidden) << username;
    }
  }
  EXPECT_THROW(service->start_scoring(office, round.id + 1000), AppError);
  EXPECT_TRUE(stored(round.id).scoring.started_at.empty());
  const auto started = service->start_scoring(office, round.id);
  EXPECT_TRUE(started.second);
  wait_for(round.id);
  auto progress = service->round(office, round.id).first.scoring;
  EXPECT_EQ(progress.done, round.evaluations);
  EXPECT_EQ(progress.changed, 2);
  EXPECT_EQ(progress.by, office.user_id);
  EXPECT_FALSE(progress.by_name.empty());
  EXPECT_FALSE(progress.finished_at.empty());
  // A job a shutdown stopped part way goes on when the server starts, as its starter.
  db->write([&](soci::session& s) {
    self_evaluation::repo::begin_scoring(s, round.id, office.user_id, "2027-04-02T09:00:00Z");
    self_evaluation::RoundScoring batch;
    batch.done = 10;
    long long tenth = 0;
    s << "SELECT id FROM self_evaluations WHERE round_id = :r ORDER BY id LIMIT 1 OFFSET 9",
        soci::use(round.id), soci::into(tenth);
    self_evaluation::repo::advance_scoring(s, round.id, tenth, batch);
  });
  EXPECT_TRUE(service->round(office, round.id).first.scoring.finished_at.empty());
  service->resume_scoring();
  wait_for(round.id);
  progress = stored(round.id).scoring;
  EXPECT_EQ(progress.done, round.evaluations);
  EXPECT_FALSE(progress.finished_at.empty());
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM audit_log WHERE entity = 'self_evaluation_round' AND "
                   "action = 'score' AND actor_id = " +
                       std::to_string(office.user_id)),
            2);
}

}  // namespace
}  // namespace jixiao
