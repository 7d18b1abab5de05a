// The demo region and the repositories over it, on SQLite and on PostgreSQL alike.
#include <gtest/gtest.h>

#include <set>

#include "audit/log.h"
#include "auth/model.h"
#include "cli/demo.h"
#include "org/repo.h"
#include "projects/repo.h"
#include "store_fixture.h"

namespace jixiao {

namespace {

auth::DataScope unit_scope(long long unit_id) { return {auth::DataScope::Kind::unit, unit_id, {}}; }

void append_entries(db::Database& db, int n) {
  audit::Entry e;
  e.actor = "system";
  e.action = "test";
  e.entity = "project";
  e.entity_id = 1;
  for (int i = 0; i < n; ++i)
    db.write([&](soci::session& s) { audit::append(s, db.dialect(), e); });
}

long long demo_unit_id(db::Database& db) {
  return scalar(db, "SELECT unit_id FROM users WHERE username = 'demo_unit'");
}

}  // namespace

class DemoStore : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    accounts = cli::create_demo(*db);
  }
  std::vector<cli::DemoAccount> accounts;
};

TEST_F(DemoStore, CreatesTheRegionOnceAndChainsItsAudit) {
  EXPECT_EQ(accounts.size(), 10u);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM regions"), 4);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM projects WHERE year <= 2026"), 4000);
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM projects WHERE year = 2027 AND status IN "
                   "('draft', 'declared')"),
            1280);
  EXPECT_EQ(
      scalar(*db, "SELECT COUNT(*) FROM users WHERE must_change_password = 0 AND kind = 'person'"),
      10);
  // 预算一体化接口, with a token in force and one revoked.
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM users WHERE kind = 'service'"), 1);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM api_tokens WHERE revoked_at IS NULL"), 1);
  cli::create_demo(*db);  // a second run reuses what is there
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM projects"), 5280);
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM regions WHERE path NOT LIKE '/%/'"), 0);
  EXPECT_TRUE(audit::verify_chain(*db).ok);
}

TEST_F(DemoStore, ProjectPagesWalkEveryRowOnceInOrder) {
  projects::ProjectFilter f;
  f.year = 2026;
  f.sort = projects::SortKey::amount_fen;
  f.descending = true;
  f.limit = 37;
  const auth::DataScope all{auth::DataScope::Kind::region_tree, 1, "/1/"};
  const auto totals = db->read([&](soci::session& s) { return projects::repo::totals(s, f, all); });
  std::set<long long> seen;
  Fen sum = 0, previous = INT64_MAX;
  for (;;) {
    auto page = db->read([&](soci::session& s) { return projects::repo::list(s, f, all); });
    const bool more = page.size() > static_cast<std::size_t>(f.limit);
    if (more) page.resize(f.limit);
    for (const auto& p : page) {
      EXPECT_LE(p.amount_fen, previous);
      previous = p.amount_fen;
      EXPECT_TRUE(seen.insert(p.id).second) << "row " << p.id << " twice";
      sum += p.amount_fen;
    }
    if (!more) break;
    f.after_value = projects::sort_value(page.back(), f.sort);
    f.after_number = page.back().amount_fen;  // the sort by money binds the value as a number
    f.after_id = page.back().id;
  }
  EXPECT_EQ(static_cast<long long>(seen.size()), totals.count);
  EXPECT_EQ(sum, totals.amount_fen);
}

TEST_F(DemoStore, ScopeAndFiltersNarrowTheList) {
  const long long unit = demo_unit_id(*db);
  projects::ProjectFilter f;
  f.limit = 500;
  auto own =
      db->read([&](soci::session& s) { return projects::repo::list(s, f, unit_scope(unit)); });
  ASSERT_FALSE(own.empty());
  for (const auto& p : own) EXPECT_EQ(p.unit_id, unit);
  EXPECT_FALSE(db->read([&](soci::session& s) {
    return projects::repo::find(s, own.front().id, unit_scope(unit + 1)).has_value();
  }));

  const auth::DataScope all{auth::DataScope::Kind::region_tree, 1, "/1/"};
  f.fund_type = "gov_fund";
  f.amount_min = 1'000'000;
  f.amount_max = 50'000'000;
  auto some = db->read([&](soci::session& s) { return projects::repo::list(s, f, all); });
  ASSERT_FALSE(some.empty());
  for (const auto& p : some) {
    EXPECT_EQ(p.fund_type, "gov_fund");
    EXPECT_GE(p.amount_fen, 1'000'000);
    EXPECT_LE(p.amount_fen, 50'000'000);
  }
  projects::ProjectFilter none;
  none.name_contains = "100%_不存在";  // LIKE wildcards are matched literally
  EXPECT_TRUE(
      db->read([&](soci::session& s) { return projects::repo::list(s, none, all); }).empty());
}

TEST_F(DemoStore, AStaleVersionUpdatesNothing) {
  const auth::DataScope all{auth::DataScope::Kind::region_tree, 1, "/1/"};
  auto p = *db->read([&](soci::session& s) { return projects::repo::find(s, 1, all); });
  p.name = "改名";
  EXPECT_FALSE(db->write([&](soci::session& s) { return projects::repo::update(s, p, 99); }));
  EXPECT_TRUE(db->write([&](soci::session& s) { return projects::repo::update(s, p, p.version); }));
  EXPECT_EQ(db->read([&](soci::session& s) { return projects::repo::find(s, 1, all); })->version,
            p.version + 1);
  EXPECT_TRUE(db->read([&](soci::session& s) {
    return projects::repo::code_taken(s, p.region_id, p.year, p.code, 0);
  }));
}

TEST_F(DemoStore, UnitsHangInTheirDepartmentsTree) {
  const long long unit = demo_unit_id(*db);
  auto u = *db->read([&](soci::session& s) { return org::repo::find_unit(s, unit); });
  EXPECT_EQ(u.kind, "unit");
  EXPECT_FALSE(u.department_name.empty());
  EXPECT_FALSE(u.section_name.empty());  // the department's 归口 section
  EXPECT_EQ(u.path, "/" + std::to_string(u.department_id) + "/" + std::to_string(u.id) + "/");

  const auth::DataScope dept{auth::DataScope::Kind::department, u.department_id, {}};
  org::UnitFilter f;
  f.limit = 500;
  auto tree = db->read([&](soci::session& s) { return org::repo::list_units(s, f, dept); });
  EXPECT_GE(tree.size(), 2u);
  for (const auto& x : tree) EXPECT_EQ(x.department_id, u.department_id);
  EXPECT_EQ(db->read([&](soci::session& s) { return org::repo::count_units(s, f, dept); }),
            static_cast<long long>(tree.size()));
  EXPECT_GT(db->read([&](soci::session& s) { return org::repo::unit_references(s, unit); }), 0);
}

TEST_F(DemoStore, TheYearBeforeIsReviewedWithFindingsInEveryState) {
  EXPECT_EQ(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluation_review_plans WHERE year = 2025 AND "
                   "status = 'fixed'"),
            1);
  EXPECT_GT(scalar(*db,
                   "SELECT COUNT(*) FROM self_evaluation_review_samples x JOIN users u ON u.id = "
                   "x.reviewer_id WHERE u.username = 'demo_expert' AND x.status = 'pending'"),
            0);
  for (const char* status : {"open", "answered", "closed"})
    EXPECT_GT(scalar(*db, std::string("SELECT COUNT(*) FROM findings WHERE source = "
                                      "'self_evaluation_review' AND document_id IS NOT NULL AND "
                                      "status = '") +
                              status + "'"),
              0)
        << status;
  EXPECT_TRUE(audit::verify_chain(*db).ok);
}

TEST_F(DemoStore, AuditVerifyFindsAnEditedOrDeletedRow) {
  ASSERT_TRUE(audit::verify_chain(*db).ok);
  append_entries(*db, 3);
  const long long middle = scalar(*db, "SELECT MAX(id) - 1 FROM audit_log");
  db->write([&](soci::session& s) {
    s << "UPDATE audit_log SET after_json = '{\"forged\":1}' WHERE id = :id", soci::use(middle);
  });
  auto v = audit::verify_chain(*db);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_broken_id, middle);
}

TEST_F(DemoStore, AuditVerifyFindsADeletedRow) {
  append_entries(*db, 3);
  const long long last = scalar(*db, "SELECT MAX(id) FROM audit_log");
  db->write(
      [&](soci::session& s) { s << "DELETE FROM audit_log WHERE id = :id", soci::use(last - 1); });
  auto v = audit::verify_chain(*db);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_broken_id, last - 1);  // the missing row is named, not the one after it
}

}  // namespace jixiao
