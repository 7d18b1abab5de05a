// The ex-ante assessment on both databases: every kind of write keeps assessment_totals equal to
// a recount, a refused step changes nothing, and the gate answers by the conclusion.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "assessment/repo.h"
#include "assessment/service.h"
#include "auth/repo.h"
#include "base/error.h"
#include "cli/demo.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

using assessment::AssessmentService;

class AssessmentStore : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    cli::create_demo(*db);
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  long long free_project(const auth::Principal& me, long long skip = 0) {
    return db->read([&](soci::session& s) {
      long long id = 0;
      s << "SELECT MIN(p.id) FROM projects p WHERE p.unit_id = :u AND p.year = 2026 AND "
           "p.status <> 'cancelled' AND p.id > :k AND NOT EXISTS (SELECT 1 FROM assessments a "
           "WHERE a.project_id = p.id)",
          soci::use(me.unit_id), soci::use(skip), soci::into(id);
      return id;
    });
  }
  // The kept totals of the whole tree equal a recount of the assessments.
  void expect_totals_recounted(const char* after, long long year = 2026) {
    db->read([&](soci::session& s) {
      const auth::DataScope all{auth::DataScope::Kind::region_tree, 0, "/"};
      const auto kept = assessment::repo::totals(s, year, all);
      const auto counted = assessment::repo::recount(s, year, all);
      EXPECT_EQ(kept.size(), counted.size()) << after;
      for (std::size_t i = 0; i < std::min(kept.size(), counted.size()); ++i) {
        EXPECT_EQ(kept[i].status, counted[i].status) << after;
        EXPECT_EQ(kept[i].level, counted[i].level) << after;
        EXPECT_EQ(kept[i].conclusion, counted[i].conclusion) << after;
        EXPECT_EQ(kept[i].assessments, counted[i].assessments) << after;
        EXPECT_EQ(kept[i].amount_fen, counted[i].amount_fen) << after;
        EXPECT_EQ(kept[i].kept_out_fen, counted[i].kept_out_fen) << after;
      }
      return 0;
    });
  }
  std::vector<assessment::ItemInput> sheet(const assessment::AssessmentView& v, int percent) {
    std::vector<assessment::ItemInput> out;
    for (const auto& a : v.settings.sheet(v.assessment.kind).aspects)
      for (const auto& i : a.items) out.push_back({a.key + "." + i.key, i.max * percent / 100});
    return out;
  }
};

TEST_F(AssessmentStore, EveryWriteKeepsTheTotalsAndTheGateFollowsTheConclusion) {
  AssessmentService svc(*db);
  const auto unit = who("demo_unit"), office = who("demo_office"), expert = who("demo_expert"),
             agency = who("demo_agency");
  // The demo's next year: assessments in every state, their totals kept.
  expect_totals_recounted("demo", 2027);
  EXPECT_GE(scalar(*db, "SELECT COUNT(DISTINCT status) FROM assessments WHERE year = 2027"), 7);
  const long long project = free_project(unit);
  auto v = svc.create(unit, project, "project");
  expect_totals_recounted("create");
  EXPECT_EQ(db->read([&](soci::session& s) {
    return static_cast<int>(assessment::gate_state(s, project));
  }),
            static_cast<int>(v.assessment.amount_fen >= 500 * kFenPerWan &&
                                     v.assessment.project_category != "recurring"
                                 ? assessment::GateState::not_concluded
                                 : assessment::GateState::not_needed));
  v = svc.save_self(unit, v.assessment.id, v.assessment.version,
                    {std::nullopt, sheet(v, 90), "报告"});
  v = svc.step(unit, v.assessment.id, v.assessment.version, {"submit", "", "", {}, {}});
  expect_totals_recounted("submit");
  // A stale version changes nothing.
  EXPECT_THROW(
      svc.step(office, v.assessment.id, v.assessment.version - 1, {"review", "select", "", {}, {}}),
      AppError);
  expect_totals_recounted("stale");
  v = svc.step(office, v.assessment.id, v.assessment.version, {"review", "select", "", {}, {}});
  EXPECT_EQ(v.assessment.level, "key");
  expect_totals_recounted("select");
  v = svc.assign(office, v.assessment.id, v.assessment.version, {expert.user_id, agency.user_id});
  svc.score(expert, v.assessment.id, sheet(v, 50), "", true);
  v = svc.score(agency, v.assessment.id, sheet(v, 50), "", true);
  EXPECT_EQ(v.assessment.status, "scored");
  expect_totals_recounted("scored");
  v = svc.conclude(office, v.assessment.id, v.assessment.version, {std::nullopt, "", "不予支持"});
  EXPECT_EQ(v.assessment.conclusion, "not_supported");
  EXPECT_EQ(v.assessment.suggested_amount_fen, 0);
  expect_totals_recounted("conclude");
  EXPECT_EQ(db->read([&](soci::session& s) {
    return static_cast<int>(assessment::gate_state(s, project));
  }),
            static_cast<int>(assessment::GateState::not_supported));
  const auto st = svc.statistics(office, 2026);
  long long kept_out = 0;
  for (const auto& r : st.rows) kept_out += r.kept_out_fen;
  EXPECT_EQ(kept_out, v.assessment.amount_fen);
  // Recounting the year gives the same.
  db->write([](soci::session& s) {
    assessment::repo::rebuild_totals(s, 2026);
    return 0;
  });
  expect_totals_recounted("rebuild");
}

TEST_F(AssessmentStore, ARefusedAssignmentChangesNothing) {
  AssessmentService svc(*db);
  const auto unit = who("demo_unit"), office = who("demo_office"), expert = who("demo_expert");
  auto v = svc.create(unit, free_project(unit), "policy");
  EXPECT_EQ(v.settings.sheet("policy").aspects.front().label, "政策设立必要性");
  // The office writes the self-assessment: it may not then score it (R-KE-3).
  v = svc.save_self(office, v.assessment.id, v.assessment.version,
                    {std::nullopt, sheet(v, 80), "代填"});
  v = svc.step(unit, v.assessment.id, v.assessment.version, {"submit", "", "", {}, {}});
  v = svc.step(office, v.assessment.id, v.assessment.version, {"review", "select", "", {}, {}});
  try {
    svc.assign(office, v.assessment.id, v.assessment.version, {expert.user_id, office.user_id});
    FAIL();
  } catch (const AppError& e) {
    EXPECT_EQ(e.code(), "conflict_of_interest");
  }
  const auto after = svc.get(office, v.assessment.id);
  EXPECT_EQ(after.assessment.status, "key_selected");
  EXPECT_TRUE(after.scorers.empty());
  EXPECT_EQ(after.assessment.version, v.assessment.version);
  expect_totals_recounted("refused");
}

}  // namespace
}  // namespace jixiao
