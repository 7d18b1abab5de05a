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
#include "projects/repo.h"
#include "store_fixture.h"
#include "targets/repo.h"
#include "targets/service.h"

namespace jixiao {
namespace {

using assessment::AssessmentService;

class AssessmentStore : public StoreTest {
 protected:
  void SetUp() override { SetUpDemo(); }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  long long free_project(const auth::Principal& me, const std::string& status = "declared") {
    return db->read([&](soci::session& s) {
      long long id = 0;
      s << "SELECT MIN(p.id) FROM projects p WHERE p.unit_id = :u AND p.year = 2026 AND "
           "p.status = :st AND NOT EXISTS (SELECT 1 FROM assessments a WHERE a.project_id = "
           "p.id) AND NOT EXISTS (SELECT 1 FROM targets t WHERE t.project_id = p.id)",
          soci::use(me.unit_id), soci::use(status), soci::into(id);
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
  projects::ProjectService projects_svc(*db);
  targets::TargetService targets_svc(*db);
  AssessmentService svc(*db, projects_svc, targets_svc);
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
  projects::ProjectService projects_svc(*db);
  targets::TargetService targets_svc(*db);
  AssessmentService svc(*db, projects_svc, targets_svc);
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

// A target the office approved, for the project: written, passed by the department and the
// section, approved with full marks.
long long approved_target(db::Database& db, const auth::Principal& unit,
                          const auth::Principal& department, const auth::Principal& section,
                          const auth::Principal& office, long long project) {
  using targets::Indicator;
  targets::TargetService svc(db);
  targets::NewTarget in;
  in.project_id = project;
  in.draft.overall_goal = "完成2000人次教师培训，培训合格率达到95%以上，参训教师满意度90%以上。";
  auto ind = [](const char* c, const char* sc, const char* n, const char* cmp, const char* v,
                const char* u, long long w) {
    Indicator i;
    i.category = c;
    i.subcategory = sc;
    i.name = n;
    i.comparator = cmp;
    i.value = v;
    i.unit = u;
    i.weight = w;
    return i;
  };
  in.draft.indicators = {
      ind("output", "quantity", "培训人次", ">=", "2000", "人次", 2000),
      ind("output", "quality", "培训合格率", ">=", "95", "%", 1000),
      ind("output", "timeliness", "培训完成时间", "<=", "2026-10-31", "日期", 1000),
      ind("cost", "economic_cost", "人均培训成本", "<=", "800", "元/人", 1000),
      ind("benefit", "social", "教师教学能力达标率", ">=", "90", "%", 3000),
      ind("satisfaction", "service_recipient", "参训教师满意度", ">=", "90", "%", 750)};
  auto t = svc.create(unit, in).target;
  t = svc.submit(unit, t.id, t.version).target;
  t = svc.review(department, t.id, t.version, {"pass", {}, ""}).target;
  t = svc.review(section, t.id, t.version, {"pass", {}, ""}).target;
  t = svc.review(office, t.id, t.version,
                 {"approve",
                  {{"completeness", 2000},
                   {"relevance", 3000},
                   {"appropriateness", 2500},
                   {"feasibility", 2500}},
                  ""})
          .target;
  EXPECT_EQ(t.status, "approved");
  return t.id;
}

TEST_F(AssessmentStore, AcceptedSuggestionsMoveTheProjectsMoneyAndReopenItsTarget) {
  projects::ProjectService projects_svc(*db);
  targets::TargetService targets_svc(*db);
  AssessmentService svc(*db, projects_svc, targets_svc);
  const auto unit = who("demo_unit"), department = who("demo_department"),
             section = who("demo_section"), office = who("demo_office"),
             expert = who("demo_expert");
  projects_svc.add_watch(targets::TargetService::project_watch());
  const long long project = free_project(unit);
  const long long target = approved_target(*db, unit, department, section, office, project);
  auto v = svc.create(unit, project, "project");
  v = svc.save_self(unit, v.assessment.id, v.assessment.version,
                    {std::nullopt, sheet(v, 80), "报告"});
  v = svc.step(unit, v.assessment.id, v.assessment.version, {"submit", "", "", {}, {}});
  v = svc.step(office, v.assessment.id, v.assessment.version, {"review", "select", "", {}, {}});
  v = svc.assign(office, v.assessment.id, v.assessment.version, {expert.user_id});
  v = svc.score(expert, v.assessment.id, sheet(v, 70), "成本偏高", true);
  const Fen suggested = v.assessment.amount_fen / 2;
  v = svc.conclude(office, v.assessment.id, v.assessment.version,
                   {suggested, "培训人次下调为 1000 人次", "调整后支持"});
  EXPECT_EQ(v.assessment.conclusion, "support_after_changes");
  // The office made the suggestions; they are the department's to accept.
  EXPECT_TRUE(svc.get(office, v.assessment.id).actions.empty());
  v = svc.accept_suggestions(unit, v.assessment.id, v.assessment.version);
  EXPECT_TRUE(v.assessment.suggestions_accepted);
  EXPECT_EQ(v.target_status, "adjusting");
  const auto all = auth::DataScope{auth::DataScope::Kind::region_tree, 0, "/"};
  db->read([&](soci::session& s) {
    EXPECT_EQ(projects::repo::find(s, project, all)->amount_fen, suggested);
    EXPECT_EQ(targets::repo::find(s, target, {all, 0})->status, "adjusting");
    // The targets' kept totals follow the project's new money.
    EXPECT_EQ(
        scalar(*db, "SELECT COALESCE(SUM(amount_fen), 0) FROM target_totals WHERE year = 2026"),
        scalar(*db,
               "SELECT COALESCE(SUM(p.amount_fen), 0) FROM targets t JOIN projects p ON "
               "p.id = t.project_id WHERE t.year = 2026"));
    return 0;
  });
  // Once only.
  EXPECT_THROW(svc.accept_suggestions(unit, v.assessment.id, v.assessment.version), AppError);
  expect_totals_recounted("accepted");
}

}  // namespace
}  // namespace jixiao
