// Result application on both databases: every graded result proposes one action, once; the
// limits the SQL writes are the pure rule's to the fen (a region's own cut); links by name pick
// up successors; the breach filter agrees with the rule.
#include <gtest/gtest.h>

#include "auth/repo.h"
#include "base/clock.h"
#include "result_application/repo.h"
#include "result_application/rules.h"
#include "result_application/service.h"
#include "rules/repo.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

namespace ra = result_application;

class ResultApplicationStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    service = std::make_unique<ra::ResultApplicationService>(*db);
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  long long count(const std::string& sql) { return scalar(*db, sql); }
  std::unique_ptr<ra::ResultApplicationService> service;
};

TEST_F(ResultApplicationStore, EveryGradedResultProposesOneActionOnce) {
  const long long graded = count(
      "SELECT COUNT(*) FROM self_evaluations WHERE year = 2025 AND status = 'accepted' AND kind = "
      "'project' AND grade <> '' AND project_id IS NOT NULL");
  ASSERT_GT(graded, 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM budget_actions WHERE source = 'self_evaluation'"), graded);
  const auto again = service->propose(who("demo_office"), 2025);
  EXPECT_EQ(again.proposed.self_evaluation + again.proposed.key_evaluation, 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM budget_actions WHERE source = 'self_evaluation'"), graded);
  // Ex-ante conclusions act on the assessed project itself (R-EA-2); 予以支持 proposes nothing.
  EXPECT_EQ(count("SELECT COUNT(*) FROM budget_actions WHERE source = 'assessment' AND "
                  "acted_project_id <> project_id"),
            0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM budget_actions a JOIN assessments e ON e.id = a.source_id "
                  "WHERE a.source = 'assessment' AND e.conclusion = 'support'"),
            0);
}

TEST_F(ResultApplicationStore, TheLimitsWrittenBySqlAreThePureRulesToTheFen) {
  const auto office = who("demo_office");
  db->write([&](soci::session& s) {
    s << "DELETE FROM budget_actions WHERE year = 2025";
    auto params = rules::national_rule_set().params("R-RA-2");
    params["excellent"] = "cut";
    params["good"] = "cut";
    params["fair"] = "cancel";
    params["cut_percent"] = 33.33;
    rules::repo::upsert(s, office.region_id, 2025, "R-RA-2", boost::json::serialize(params),
                        office.user_id, now_iso());
  });
  service->propose(office, 2025);
  struct Row {
    long long base = 0, cap = 0, cut = 0, limit = -1;
    std::string kind;
  };
  std::vector<Row> rows = db->read([&](soci::session& s) {
    std::vector<Row> out;
    Row r;
    soci::statement st =
        (s.prepare << "SELECT base_fen, cap_fen, cut, COALESCE(limit_fen, -1), kind FROM "
                      "budget_actions WHERE year = 2025 AND region_id = :r",
         soci::use(office.region_id), soci::into(r.base), soci::into(r.cap), soci::into(r.cut),
         soci::into(r.limit), soci::into(r.kind));
    st.execute();
    while (st.fetch()) out.push_back(r);
    return out;
  });
  ASSERT_FALSE(rows.empty());
  int cuts = 0;
  for (const auto& r : rows) {
    if (r.kind == "cut") {
      ++cuts;
      EXPECT_EQ(r.cut, 3333);
    }
    EXPECT_EQ(ra::limit_of(r.kind, r.cut, r.base, r.cap).value_or(-1), r.limit) << r.base;
  }
  EXPECT_GT(cuts, 0);
  // The counties inherit the prefecture's setting (rules::effective_rules).
  EXPECT_EQ(count("SELECT COUNT(*) FROM budget_actions WHERE year = 2025 AND kind = 'cut' AND "
                  "cut <> 3333"),
            0);
}

TEST_F(ResultApplicationStore, LinksByNamePickUpSuccessorsAndBreachesAgreeWithTheRule) {
  const auto office = who("demo_office");
  EXPECT_GT(count("SELECT COUNT(*) FROM project_links WHERE how = 'name'"), 0);
  EXPECT_TRUE(service->suggestions(office, 2026).empty());
  // Every self-evaluation action whose project has a successor acts on it.
  EXPECT_EQ(count("SELECT COUNT(*) FROM budget_actions a JOIN project_links l ON "
                  "l.predecessor_id = a.project_id WHERE a.source = 'self_evaluation' AND "
                  "a.acted_project_id IS NULL"),
            0);
  ra::repo::Filter all;
  all.limit = 5000;
  ra::repo::Filter breach = all;
  breach.breach = true;
  const auto scope = auth::read_scope(office);
  const auto listed = db->read([&](soci::session& s) { return ra::repo::list(s, all, scope); });
  long long breached = 0;
  for (const auto& a : listed) breached += a.breach;
  EXPECT_GT(breached, 0);
  EXPECT_EQ(db->read([&](soci::session& s) { return ra::repo::count(s, breach, scope); }),
            breached);
  const auto summary = service->summary(office, 2025);
  EXPECT_GT(summary.total.count, 0);
}

}  // namespace
}  // namespace jixiao
