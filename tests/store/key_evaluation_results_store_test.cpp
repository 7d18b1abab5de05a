// Sending a finalised key evaluation's results on both databases: the 评价结果反馈函 numbered by
// R-DOC-1, one finding per problem in the ledger due by R-RA-1 (read by the evaluated department),
// the step on the timeline; and every refusal changing nothing: a state that does not allow it, a
// stale version, a problem without its text, a caller who is not the office.
#include <gtest/gtest.h>

#include "auth/repo.h"
#include "base/clock.h"
#include "base/error.h"
#include "key_evaluation/evaluation_repo.h"
#include "key_evaluation/results_service.h"
#include "key_evaluation/workflow.h"
#include "monitoring/notices.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

using key_evaluation::KeyEvaluation;
using key_evaluation::Problem;
namespace repo = key_evaluation::evaluation_repo;

class KeyEvaluationResultsStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    results = std::make_unique<key_evaluation::ResultsService>(*db);
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  long long count(const std::string& sql) { return scalar(*db, sql); }
  template <class F>
  static std::string refused(F f) {
    try {
      f();
    } catch (const AppError& e) {
      return e.code() + (e.field().empty() ? "" : ":" + e.field());
    }
    return "(accepted)";
  }
  std::string state() {
    return std::to_string(count("SELECT COUNT(*) FROM official_documents")) + "|" +
           std::to_string(count("SELECT COUNT(*) FROM findings")) + "|" +
           std::to_string(count("SELECT COUNT(*) FROM key_evaluation_problems")) + "|" +
           std::to_string(count("SELECT COALESCE(SUM(version), 0) FROM key_evaluations")) + "|" +
           std::to_string(count("SELECT COUNT(*) FROM audit_log"));
  }
  // A project of demo_department's department evaluated by demo_agency's agency, finalised with
  // two score sheets (84.25, 良).
  KeyEvaluation finalised(const std::string& status = "finalised") {
    const auto office = who("demo_office");
    const auto department = who("demo_department");
    KeyEvaluation e;
    e.region_id = office.region_id;
    e.year = 2024;  // a year the demo has no key evaluation of
    e.kind = "project";
    e.project_id = count("SELECT MIN(id) FROM projects WHERE department_id = " +
                         std::to_string(department.department_id));
    e.department_id = department.department_id;
    e.unit_id = count("SELECT unit_id FROM projects WHERE id = " + std::to_string(e.project_id));
    e.name = "教学设备购置重点评价";
    e.fund_type = "general";
    e.budget_fen = 500000000;
    e.due = "2026-09-30";
    e.mode = "agency";
    e.status = "planned";
    e.created_by = office.user_id;
    e.created_at = e.updated_at = "2026-03-01T08:00:00Z";
    e.id = db->write([&](soci::session& s) { return repo::insert(s, e); });
    e.status = status;
    e.agency_id = count("SELECT agency_id FROM agency_users WHERE user_id = " +
                        std::to_string(who("demo_agency").user_id));
    e.score = 8425;
    e.grade = "good";
    e.finalised_at = now_iso();
    db->write([&](soci::session& s) {
      EXPECT_TRUE(repo::move(s, e, 1));
      for (const std::string sheet :
           {R"({"decision":1800,"process":1500,"output":2600,"benefit":2500})",
            R"({"decision":1700,"process":1600,"output":2500,"benefit":2650})"})
        s << "INSERT INTO key_evaluation_score_sheets (evaluation_id, evaluator, scores_json, "
             "submitted_by, submitted_at) VALUES (:e, '评价组', :sc, :u, '2026-08-01T08:00:00Z')",
            soci::use(e.id), soci::use(sheet), soci::use(e.created_by);
    });
    e.version = 2;
    return e;
  }
  std::unique_ptr<key_evaluation::ResultsService> results;
};

TEST_F(KeyEvaluationResultsStore, TheLetterTheFindingsAndTheStep) {
  const auto e = finalised();
  const auto office = who("demo_office");
  const auto before = results->get(office, e.id);
  EXPECT_EQ(before.actions, std::vector<std::string>{"send_results"});
  EXPECT_EQ(before.results_due, monitoring::due_after(now_iso().substr(0, 10), 20));
  EXPECT_FALSE(before.late);
  EXPECT_TRUE(before.problems.empty());

  const std::vector<Problem> problems{{"资金使用效益不高", "清理闲置设备，建立使用台账。"},
                                      {"绩效目标不够细化", "补充可衡量的产出指标。"}};
  const auto sent = results->send(office, e.id, 2, problems);
  EXPECT_EQ(sent.evaluation.status, "results_sent");
  EXPECT_TRUE(sent.actions.empty());
  EXPECT_EQ(sent.document_number, "云岭州财绩评〔2024〕1号");
  EXPECT_EQ(sent.answer_due, monitoring::due_after(now_iso().substr(0, 10), 30));
  ASSERT_EQ(sent.problems.size(), 2u);
  EXPECT_EQ(sent.problems[1].seq, 2);
  EXPECT_EQ(sent.problems[0].finding_status, "open");
  EXPECT_EQ(sent.problems[0].finding_due, sent.answer_due);
  EXPECT_EQ(count("SELECT COUNT(*) FROM findings WHERE source = 'key_evaluation' AND "
                  "document_id = " +
                  std::to_string(sent.evaluation.results_document_id) + " AND unit_id = " +
                  std::to_string(e.unit_id) + " AND project_id = " + std::to_string(e.project_id)),
            2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM official_documents WHERE kind = "
                  "'evaluation_result_letter' AND subject = 'key_evaluation' AND subject_id = " +
                  std::to_string(e.id)),
            1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'key_evaluation' AND "
                  "action = 'send_results' AND entity_id = " +
                  std::to_string(e.id)),
            1);
  // The evaluated department reads the results; a second send is refused.
  EXPECT_EQ(results->get(who("demo_department"), e.id).problems.size(), 2u);
  const auto kept = state();
  EXPECT_EQ(refused([&] { results->send(office, e.id, 3, problems); }), "bad_status");
  EXPECT_EQ(state(), kept);
}

TEST_F(KeyEvaluationResultsStore, RefusalsChangeNothing) {
  const auto e = finalised();
  const auto in_review = finalised("final_review");
  const auto office = who("demo_office");
  const auto kept = state();
  EXPECT_EQ(refused([&] { results->send(office, e.id, 1, {}); }), "version_conflict:version");
  EXPECT_EQ(refused([&] {
              results->send(office, e.id, 2, {{"", "要求"}});
            }),
            "invalid_field:problems[0].title");
  EXPECT_EQ(refused([&] {
              results->send(office, e.id, 2, {{"问题", ""}});
            }),
            "invalid_field:problems[0].requirement");
  EXPECT_EQ(refused([&] { results->send(who("demo_agency"), e.id, 2, {}); }), "bad_status");
  EXPECT_EQ(refused([&] { results->send(who("demo_expert"), e.id, 2, {}); }), "not_found");
  EXPECT_EQ(refused([&] { results->send(who("demo_county_office"), e.id, 2, {}); }), "not_found");
  EXPECT_EQ(refused([&] { results->send(office, in_review.id, 2, {}); }), "bad_status");
  EXPECT_EQ(state(), kept);
  // Nothing to correct: the letter says so, and no finding is made.
  const auto clean = results->send(office, e.id, 2, {});
  EXPECT_TRUE(clean.problems.empty());
  EXPECT_FALSE(clean.document_number.empty());
  EXPECT_EQ(count("SELECT COUNT(*) FROM findings WHERE source = 'key_evaluation' AND year = 2024"),
            0);
}

}  // namespace
}  // namespace jixiao
