// Key evaluations' own rows on both databases: written and read back whole (nullable subject
// columns, scores unknown until set), each role's reading (finance its regions and the plan, the
// evaluated department only once commissioned, an agency its own commissions, an expert what it
// is assigned to), versions guarding every write, and the same subject found twice in a year.
#include <gtest/gtest.h>

#include "auth/repo.h"
#include "key_evaluation/evaluation_repo.h"
#include "key_evaluation/workflow.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

using key_evaluation::KeyEvaluation;
namespace repo = key_evaluation::evaluation_repo;

class KeyEvaluationStore : public StoreTest {
 protected:
  void SetUp() override { SetUpDemo(); }
  key_evaluation::EvaluationCaller caller(const std::string& username) {
    return db->read([&](soci::session& s) {
      return key_evaluation::evaluation_caller(s, *auth::repo::find_principal(s, username));
    });
  }
  std::optional<KeyEvaluation> read(long long id, const std::string& username) {
    const auto c = caller(username);
    return db->read(
        [&](soci::session& s) { return repo::find(s, id, key_evaluation::evaluation_reader(c)); });
  }
  long long count(const std::string& sql) { return scalar(*db, sql); }
  // A planned evaluation of a project of demo_department's department.
  KeyEvaluation planned() {
    KeyEvaluation e;
    const auto office = caller("demo_office").me;
    const auto department = caller("demo_department").me;
    e.region_id = office.region_id;
    e.year = 2024;  // a year the demo has no key evaluation of
    e.kind = "project";
    e.project_id = count("SELECT MIN(id) FROM projects WHERE department_id = " +
                         std::to_string(department.department_id));
    e.department_id = department.department_id;
    e.unit_id = count("SELECT unit_id FROM projects WHERE id = " + std::to_string(e.project_id));
    e.name = "重点评价对象";
    e.fund_type = "general";
    e.budget_fen = 123456789;
    e.due = "2026-09-30";
    e.mode = "agency";
    e.status = "planned";
    e.created_by = office.user_id;
    e.created_at = e.updated_at = "2026-03-01T08:00:00Z";
    return e;
  }
};

TEST_F(KeyEvaluationStore, WrittenAndReadBackByWhoMayRead) {
  auto e = planned();
  e.id = db->write([&](soci::session& s) { return repo::insert(s, e); });
  const auto office = read(e.id, "demo_office");
  ASSERT_TRUE(office);
  EXPECT_EQ(office->budget_fen, 123456789);
  EXPECT_EQ(office->project_id, e.project_id);
  EXPECT_FALSE(office->project_code.empty());
  EXPECT_EQ(office->subject_region_id, 0);
  EXPECT_EQ(office->quality_score, -1);
  EXPECT_EQ(office->score, -1);
  EXPECT_TRUE(office->grade.empty());
  EXPECT_EQ(office->created_by_name, caller("demo_office").me.display_name);
  // The plan is finance's: the department, the agency and the expert read nothing yet.
  EXPECT_FALSE(read(e.id, "demo_department"));
  EXPECT_FALSE(read(e.id, "demo_agency"));
  EXPECT_FALSE(read(e.id, "demo_expert"));

  // Commissioned to demo_agency's agency: the department and the agency read it; the expert
  // only once assigned.
  auto commissioned = *office;
  commissioned.status = "commissioned";
  commissioned.agency_id = caller("demo_agency").agency_id;
  commissioned.contract_fee_fen = 30000000;
  ASSERT_GT(commissioned.agency_id, 0);
  EXPECT_FALSE(db->write([&](soci::session& s) { return repo::move(s, commissioned, 7); }));
  ASSERT_TRUE(db->write([&](soci::session& s) { return repo::move(s, commissioned, 1); }));
  EXPECT_TRUE(read(e.id, "demo_department"));
  const auto agency = read(e.id, "demo_agency");
  ASSERT_TRUE(agency);
  EXPECT_EQ(agency->version, 2);
  EXPECT_EQ(agency->contract_fee_fen, 30000000);
  EXPECT_FALSE(agency->agency_name.empty());
  EXPECT_FALSE(read(e.id, "demo_expert"));
  const auto expert = caller("demo_expert");
  db->write([&](soci::session& s) {
    s << "INSERT INTO key_evaluation_experts (evaluation_id, expert_id, assigned_by, assigned_at) "
         "VALUES (:e, :x, :b, '2026-03-02T08:00:00Z')",
        soci::use(e.id), soci::use(expert.expert_id), soci::use(commissioned.created_by);
  });
  ASSERT_TRUE(read(e.id, "demo_expert"));
  EXPECT_EQ(db->read([&](soci::session& s) {
    return key_evaluation::evaluation_actors(s, expert, *agency);
  }),
            workflow::Actors{"expert"});

  // Scores set by a step read back; unset ones stay unknown.
  auto scored = *agency;
  scored.status = "finalised";
  scored.quality_score = 5950;
  scored.reworked = true;
  scored.fee_payable_fen = 18000000;
  scored.score = 8425;
  scored.grade = "good";
  scored.finalised_at = "2026-08-01T09:00:00Z";
  ASSERT_TRUE(db->write([&](soci::session& s) { return repo::move(s, scored, 2); }));
  const auto back = read(e.id, "demo_office");
  EXPECT_EQ(back->quality_score, 5950);
  EXPECT_TRUE(back->reworked);
  EXPECT_EQ(back->fee_payable_fen, 18000000);
  EXPECT_EQ(back->score, 8425);
  EXPECT_EQ(back->grade, "good");
  EXPECT_EQ(back->finalised_at, "2026-08-01T09:00:00Z");
  EXPECT_TRUE(back->results_sent_at.empty());
  EXPECT_EQ(back->results_document_id, 0);
}

TEST_F(KeyEvaluationStore, ListsCountsEditsAndRemovesWithinTheReader) {
  auto e = planned();
  e.id = db->write([&](soci::session& s) { return repo::insert(s, e); });
  auto policy = planned();
  policy.kind = "policy";
  policy.project_id = 0;
  policy.unit_id = 0;
  policy.name = "教育惠民政策";
  policy.id = db->write([&](soci::session& s) { return repo::insert(s, policy); });

  const auto office = key_evaluation::evaluation_reader(caller("demo_office"));
  key_evaluation::EvaluationFilter f;
  f.year = 2024;
  const auto rows = db->read([&](soci::session& s) { return repo::list(s, f, office); });
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].id, e.id);
  f.kind = "policy";
  EXPECT_EQ(db->read([&](soci::session& s) { return repo::count(s, f, office); }), 1);
  f = {};
  f.text = "惠民";
  EXPECT_EQ(db->read([&](soci::session& s) { return repo::count(s, f, office); }), 1);
  const auto county = key_evaluation::evaluation_reader(caller("demo_county_office"));
  EXPECT_EQ(db->read([&](soci::session& s) { return repo::count(s, {}, county); }), 0);

  // The same subject twice in a year: the project, or the policy by its name.
  auto again = planned();
  EXPECT_EQ(db->read([&](soci::session& s) { return repo::same_subject(s, again); }), e.id);
  again.year = 2023;
  EXPECT_EQ(db->read([&](soci::session& s) { return repo::same_subject(s, again); }), 0);
  auto other_policy = policy;
  other_policy.id = 0;
  EXPECT_EQ(db->read([&](soci::session& s) { return repo::same_subject(s, other_policy); }),
            policy.id);
  EXPECT_EQ(db->read([&](soci::session& s) { return repo::same_subject(s, policy); }), 0);

  auto edited = e;
  edited.budget_fen = 1;
  edited.project_id = 0;
  edited.kind = "department";
  EXPECT_FALSE(db->write([&](soci::session& s) { return repo::update_plan(s, edited, 3); }));
  ASSERT_TRUE(db->write([&](soci::session& s) { return repo::update_plan(s, edited, 1); }));
  const auto back = read(e.id, "demo_office");
  EXPECT_EQ(back->kind, "department");
  EXPECT_EQ(back->project_id, 0);
  EXPECT_EQ(back->budget_fen, 1);
  EXPECT_FALSE(db->write([&](soci::session& s) { return repo::remove(s, e.id, 1); }));
  EXPECT_TRUE(db->write([&](soci::session& s) { return repo::remove(s, e.id, 2); }));
  EXPECT_FALSE(read(e.id, "demo_office"));
}

}  // namespace
}  // namespace jixiao
