// A key evaluation's workflow rows on both databases: the facts of R-KE-3 gathered from the
// ex-ante assessment's scorers, the targets' authors on the audit trail, past key evaluations of
// the same party by an agency or an expert, and an expert's relations and employer; the SQL of
// experts' assignments, quality sheets by stage and round, and score sheets replaced whole.
#include <gtest/gtest.h>

#include <algorithm>

#include "audit/log.h"
#include "auth/repo.h"
#include "key_evaluation/assignment_repo.h"
#include "key_evaluation/conflict_facts.h"
#include "key_evaluation/evaluation_repo.h"
#include "key_evaluation/quality_repo.h"
#include "key_evaluation/workflow.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

using key_evaluation::ConflictCode;
using key_evaluation::KeyEvaluation;
namespace ke = key_evaluation;

class KeyEvaluationWorkflowStore : public StoreTest {
 protected:
  void SetUp() override { SetUpDemo(); }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  long long count(const std::string& sql) { return scalar(*db, sql); }
  // An evaluation of a project of the prefecture for the year, of the agency when given.
  KeyEvaluation evaluation(long long project_id, long long year, long long agency_id = 0) {
    KeyEvaluation e;
    const auto p = std::to_string(project_id);
    e.region_id = who("demo_office").region_id;
    e.year = year;
    e.kind = "project";
    e.project_id = project_id;
    e.department_id = count("SELECT department_id FROM projects WHERE id = " + p);
    e.unit_id = count("SELECT unit_id FROM projects WHERE id = " + p);
    e.name = "评价对象" + std::to_string(year) + "-" + p;
    e.fund_type = "general";
    e.due = "2026-09-30";
    e.mode = "agency";
    e.status = agency_id ? "commissioned" : "planned";
    e.agency_id = agency_id;
    e.created_by = who("demo_office").user_id;
    e.created_at = e.updated_at = "2026-03-01T08:00:00Z";
    e.id = db->write([&](soci::session& s) {
      const long long id = ke::evaluation_repo::insert(s, e);
      // Commissioned as the step does: the agency set by a move.
      e.id = id;
      if (agency_id) ke::evaluation_repo::move(s, e, 1);
      return id;
    });
    // Read back with its names, as the service reads it.
    return *db->read([&](soci::session& s) {
      return ke::evaluation_repo::find(s, e.id,
                                       ke::EvaluationReader{auth::read_scope(who("demo_office"))});
    });
  }
  std::vector<ConflictCode> codes(const KeyEvaluation& e, const ke::ConflictCandidate& c) {
    const auto found = db->read([&](soci::session& s) { return ke::conflicts_of(s, e, c, 2); });
    std::vector<ConflictCode> out;
    for (const auto& x : found) out.push_back(x.code);
    return out;
  }
  long long agency_id() {
    return count("SELECT agency_id FROM agency_users WHERE user_id = " +
                 std::to_string(who("demo_agency").user_id));
  }
  long long expert_id() {
    return count("SELECT id FROM experts WHERE user_id = " +
                 std::to_string(who("demo_expert").user_id));
  }
  // A prefecture's project of 2025 nobody assessed, of a unit no demo expert avoids.
  long long free_project() {
    return count(
        "SELECT MIN(id) FROM projects WHERE region_id = " +
        std::to_string(who("demo_office").region_id) +
        " AND year = 2025 AND id NOT IN (SELECT project_id FROM assessments) AND unit_id NOT IN "
        "(SELECT unit_id FROM users WHERE username IN ('demo_unit', 'demo_unit2'))");
  }
};

TEST_F(KeyEvaluationWorkflowStore, TheFactsOfConflictsComeFromTheRecords) {
  const long long agency = agency_id();
  const auto candidate =
      db->read([&](soci::session& s) { return ke::agency_candidate(s, agency); });
  ASSERT_TRUE(candidate);
  EXPECT_EQ(candidate->user_ids, std::vector<long long>{who("demo_agency").user_id});
  EXPECT_FALSE(db->read([](soci::session& s) { return ke::agency_candidate(s, 999999); }));

  // demo_agency's account scored this project's ex-ante assessment.
  const long long assessed = count(
      "SELECT MIN(a.project_id) FROM assessment_scorers sc JOIN assessments a ON a.id = "
      "sc.assessment_id WHERE sc.scorer_id = " +
      std::to_string(who("demo_agency").user_id));
  ASSERT_GT(assessed, 0);
  const auto e = evaluation(assessed, 2026);
  const auto facts =
      db->read([&](soci::session& s) { return ke::conflict_facts(s, e, *candidate); });
  EXPECT_TRUE(std::ranges::find(facts.ex_ante.agency_ids, agency) !=
              facts.ex_ante.agency_ids.end());
  EXPECT_EQ(codes(e, *candidate), std::vector<ConflictCode>{ConflictCode::prepared_ex_ante});

  // A free project: nothing; then its target written by the agency's account (the audit trail).
  const long long project = free_project();
  ASSERT_GT(project, 0);
  const auto free = evaluation(project, 2025);
  EXPECT_TRUE(codes(free, *candidate).empty());
  const long long target = count("SELECT COALESCE(MIN(id), 0) FROM targets WHERE project_id = " +
                                 std::to_string(project));
  if (target) {
    db->write([&](soci::session& s) {
      audit::append(s, db->dialect(),
                    audit::entry(who("demo_agency"), "update", "target", target, free.region_id));
    });
    EXPECT_EQ(codes(free, *candidate), std::vector<ConflictCode>{ConflictCode::prepared_targets});
    db->write([&](soci::session& s) {
      s << "DELETE FROM audit_log WHERE entity = 'target' AND entity_id = :t", soci::use(target);
    });
  }

  // The agency evaluated the same unit in 2023 (within two years of 2025) and in 2022 (not).
  evaluation(project, 2022, agency);
  EXPECT_TRUE(codes(free, *candidate).empty());
  evaluation(project, 2023, agency);
  EXPECT_EQ(codes(free, *candidate), std::vector<ConflictCode>{ConflictCode::evaluated_recently});

  // demo_expert: its avoided unit, and the commissioned agency's expert by its account.
  const auto expert =
      db->read([&](soci::session& s) { return ke::expert_candidate(s, expert_id()); });
  ASSERT_TRUE(expert);
  ASSERT_EQ(expert->avoid.size(), 1u);
  const long long avoided = count("SELECT MIN(id) FROM projects WHERE unit_id = " +
                                  std::to_string(expert->avoid[0].unit_id));
  ASSERT_GT(avoided, 0);
  EXPECT_EQ(codes(evaluation(avoided, 2025), *expert),
            std::vector<ConflictCode>{ConflictCode::related_party});
  const auto commissioned = evaluation(project, 2025, agency);
  EXPECT_TRUE(codes(commissioned, *expert).empty());
  db->write([&](soci::session& s) {
    s << "INSERT INTO agency_users (user_id, agency_id) VALUES (:u, :a)",
        soci::use(who("demo_expert").user_id), soci::use(agency);
  });
  const auto employed =
      db->read([&](soci::session& s) { return ke::expert_candidate(s, expert_id()); });
  EXPECT_EQ(employed->employer_agency_id, agency);
  EXPECT_EQ(codes(commissioned, *employed), std::vector<ConflictCode>{ConflictCode::own_agency});
}

TEST_F(KeyEvaluationWorkflowStore, AssignmentsAndSheets) {
  const auto e = evaluation(free_project(), 2025, agency_id());
  const long long expert = expert_id();
  const long long office = who("demo_office").user_id;
  db->write([&](soci::session& s) {
    ke::assignment_repo::insert(s, e.id, expert, office, "2026-03-02T08:00:00Z");
  });
  const auto listed =
      db->read([&](soci::session& s) { return ke::assignment_repo::list(s, e.id); });
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].expert_name, "吴建国");
  EXPECT_EQ(listed[0].assigned_by_name, who("demo_office").display_name);
  EXPECT_EQ(listed[0].user_id, who("demo_expert").user_id);
  // Assigned twice is refused by the table; a write refused whole leaves the first.
  EXPECT_ANY_THROW(db->write([&](soci::session& s) {
    ke::assignment_repo::insert(s, e.id, expert, office, "2026-03-03T08:00:00Z");
  }));
  EXPECT_TRUE(
      db->read([&](soci::session& s) { return ke::assignment_repo::assigned(s, e.id, expert); }));

  ke::QualitySheetRecord r{
      0, e.id, expert, "", "report", 1, R"({"format":900})", 9000, "初评", "2026-03-04T08:00:00Z"};
  db->write([&](soci::session& s) { ke::quality_repo::save(s, r); });
  r.total = 8000;
  r.comment = "改评";
  db->write([&](soci::session& s) { ke::quality_repo::save(s, r); });  // replaces its own sheet
  r.round = 2;
  r.total = 9100;
  db->write([&](soci::session& s) { ke::quality_repo::save(s, r); });
  const auto round1 =
      db->read([&](soci::session& s) { return ke::quality_repo::sheets(s, e.id, "report", 1); });
  ASSERT_EQ(round1.size(), 1u);
  EXPECT_EQ(round1[0].total, 8000);
  EXPECT_EQ(round1[0].comment, "改评");
  EXPECT_EQ(round1[0].expert_name, "吴建国");
  EXPECT_EQ(
      db->read([&](soci::session& s) { return ke::quality_repo::sheets(s, e.id, "", 0); }).size(),
      2u);
  EXPECT_TRUE(db->read([&](soci::session& s) {
                  return ke::quality_repo::sheets(s, e.id, "plan", 1, expert);
                }).empty());
  EXPECT_TRUE(
      db->read([&](soci::session& s) { return ke::quality_repo::scored(s, e.id, expert); }));

  const std::vector<ke::ScoreSheetRecord> first{
      {0, e.id, "张评审", R"({"decision":1800,"process":1700,"output":2600,"benefit":2500})",
       office, "2026-03-05T08:00:00Z"},
      {0, e.id, "李评审", R"({"running_cost":1300,"satisfaction":1350})", office,
       "2026-03-05T08:00:00Z"}};
  db->write([&](soci::session& s) { ke::quality_repo::replace_score_sheets(s, e.id, first); });
  db->write([&](soci::session& s) { ke::quality_repo::replace_score_sheets(s, e.id, {first[1]}); });
  const auto sheets =
      db->read([&](soci::session& s) { return ke::quality_repo::score_sheets(s, e.id); });
  ASSERT_EQ(sheets.size(), 1u);
  EXPECT_EQ(sheets[0].evaluator, "李评审");
  EXPECT_EQ(sheets[0].scores_json, R"({"running_cost":1300,"satisfaction":1350})");

  EXPECT_TRUE(
      db->write([&](soci::session& s) { return ke::assignment_repo::remove(s, e.id, expert); }));
  EXPECT_FALSE(
      db->write([&](soci::session& s) { return ke::assignment_repo::remove(s, e.id, expert); }));
}

}  // namespace
}  // namespace jixiao
