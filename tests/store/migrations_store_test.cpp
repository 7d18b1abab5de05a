#include <gtest/gtest.h>
#include <algorithm>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "cli/demo.h"
#include "db/migrations.h"
#include "store_fixture.h"
#include "targets/repo.h"

namespace jixiao {

TEST_F(StoreTest, MigrationsBringTheSchemaToTheLatestVersion) {
  EXPECT_EQ(db::current_schema_version(*db), db::latest_schema_version());
  EXPECT_NO_THROW(db::require_current_schema(*db));
  EXPECT_EQ(db::migrate(*db), 0);  // a second run applies nothing
}

namespace {

// A fresh database migrated up to `version` only, as an older release left it.
std::unique_ptr<db::Database> database_at(const std::string& url, long long version) {
  if (db::is_postgresql_url(url)) {
    db::Database admin(db::DatabaseOptions{url, 1});
    admin.read([](soci::session& s) {
      s << "DROP SCHEMA IF EXISTS public CASCADE";
      s << "CREATE SCHEMA public";
    });
  } else {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((url + suffix).c_str());
  }
  auto out = std::make_unique<db::Database>(db::DatabaseOptions{url, 4});
  out->write([&](soci::session& s) {
    s << "CREATE TABLE schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, "
         "applied_at TEXT NOT NULL)";
    for (const auto& m : db::embedded_migrations()) {
      const long long v = std::strtoll(m.name, nullptr, 10);
      if (v > version) continue;
      for (const auto& stmt : db::migration_statements(m.sql, out->dialect())) s << stmt;
      const std::string name = m.name;
      s << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, "
           "'2026-01-01T00:00:00Z')",
          soci::use(v), soci::use(name);
    }
  });
  return out;
}

// The tables and views the named later migrations create, created now (with their indexes),
// each as "TABLE name" or "VIEW name".
std::vector<std::string> lend_tables(db::Database& db, const std::vector<std::string>& names) {
  std::vector<std::string> tables;
  db.write([&](soci::session& s) {
    for (const auto& m : db::embedded_migrations()) {
      const std::string_view name = m.name;
      if (std::none_of(names.begin(), names.end(),
                       [&](const std::string& n) { return name.find(n) != name.npos; }))
        continue;
      for (const auto& stmt : db::migration_statements(m.sql, db.dialect())) {
        // A column added to an older table is lent by lend_columns (and taken back).
        static const std::regex altered(R"(ALTER TABLE (\w+))");
        if (std::smatch match; std::regex_search(stmt, match, altered) &&
                               std::find(tables.begin(), tables.end(),
                                         "TABLE " + std::string(match[1])) == tables.end())
          continue;
        s << stmt;
        // Each table as last named (a view may take a renamed table's old name).
        static const std::regex created(R"(CREATE (TABLE|VIEW) (\w+))");
        static const std::regex renamed(R"(ALTER TABLE (\w+) RENAME TO (\w+))");
        if (std::smatch match; std::regex_search(stmt, match, created))
          tables.push_back(std::string(match[1]) + " " + std::string(match[2]));
        else if (std::regex_search(stmt, match, renamed))
          std::replace(tables.begin(), tables.end(), "TABLE " + std::string(match[1]),
                       "TABLE " + std::string(match[2]));
      }
    }
  });
  return tables;
}

// Columns later migrations add to older tables: {table, column, type and default}.
struct LentColumn {
  const char* table;
  const char* column;
  const char* definition;
};
constexpr LentColumn kLentColumns[] = {{"audit_log", "hash_version", "BIGINT NOT NULL DEFAULT 1"},
                                       {"targets", "returns", "BIGINT NOT NULL DEFAULT 0"},
                                       {"target_totals", "first_pass", "BIGINT NOT NULL DEFAULT 0"},
                                       {"users", "kind", "TEXT NOT NULL DEFAULT 'person'"}};

void lend_columns(db::Database& db) {
  db.write([](soci::session& s) {
    for (const auto& c : kLentColumns)
      s << std::string("ALTER TABLE ") + c.table + " ADD COLUMN " + c.column + " " + c.definition;
  });
}

void take_back(db::Database& db, const std::vector<std::string>& tables) {
  db.write([&](soci::session& s) {
    for (auto it = tables.rbegin(); it != tables.rend(); ++it) s << "DROP " + *it;
    for (const auto& c : kLentColumns)
      s << std::string("ALTER TABLE ") + c.table + " DROP COLUMN " + c.column;
  });
}

}  // namespace

// R-TR-1 (issue 16): before the department's review existed, a department's own submitted target
// waited for the section. Migrated, it is 部门已审核, where the section now looks (a department
// does not review itself); a unit's submitted target stays for its department to review, the
// counts by status follow, the reviews keep their ids, and a department's review can be stored.
TEST_F(StoreTest, TheDepartmentsReviewMovesOnlyTheDepartmentsOwnWaitingTargets) {
  db.reset();
  db = database_at(url(), 4);
  // Today's demo and repository write tables and columns of later migrations: they are lent
  // to the old database for it and taken back before migrating, so that 0005 meets the rows it
  // was written for.
  const auto lent_tables =
      lend_tables(*db, {"official_documents", "budget_review", "assessment", "monitoring",
                        "rectify", "self_evaluation", "key_evaluation", "result_application",
                        "disclosure", "appraisal", "annual_report", "api_tokens"});
  lend_columns(*db);
  cli::create_demo(*db);
  const std::string own = "unit_id = department_id", units = "unit_id <> department_id";
  long long review_id = 0;
  db->write([&](soci::session& s) {
    // Two own targets and two units' targets waiting, as the old workflow left them.
    for (const auto& which : {own, units}) {
      std::vector<long long> ids(2);
      s << "SELECT id FROM targets WHERE year = 2026 AND status = 'approved' AND " + which +
               " ORDER BY id LIMIT 2",
          soci::into(ids);
      ASSERT_EQ(ids.size(), 2u);
      for (long long id : ids) {
        auto t = *targets::repo::find(s, id, {{auth::DataScope::Kind::region_tree, 0, "/"}, 0});
        t.status = "submitted";
        t.score = -1;
        t.grade.clear();
        ASSERT_TRUE(targets::repo::update_status(s, t, t.version));
      }
    }
    targets::repo::Review r;
    s << "SELECT MIN(id) FROM targets", soci::into(r.target_id);
    s << "SELECT MIN(id) FROM users", soci::into(r.reviewer_id);
    r.stage = "section";
    r.decision = "pass";
    r.created_at = "2026-01-02T00:00:00Z";
    review_id = targets::repo::insert_review(s, r);
  });
  take_back(*db, lent_tables);
  const auto waiting = [&](const std::string& status, const std::string& which) {
    return scalar(*db, "SELECT COUNT(*) FROM targets WHERE status = '" + status + "' AND " + which);
  };
  const auto counted = [&](const std::string& status) {
    return scalar(*db,
                  "SELECT CAST(COALESCE(SUM(targets), 0) AS BIGINT) FROM target_totals "
                  "WHERE status = '" +
                      status + "'");
  };
  const long long own_submitted = waiting("submitted", own);
  const long long units_submitted = waiting("submitted", units);
  const long long own_reviewed = waiting("department_reviewed", own);
  ASSERT_GE(own_submitted, 2);

  EXPECT_EQ(db::migrate(*db), static_cast<int>(db::embedded_migrations().size()) - 4);
  EXPECT_EQ(waiting("submitted", own), 0);
  EXPECT_EQ(waiting("department_reviewed", own), own_reviewed + own_submitted);
  EXPECT_EQ(waiting("submitted", units), units_submitted);
  EXPECT_EQ(counted("submitted"), scalar(*db,
                                         "SELECT COUNT(*) FROM targets WHERE status = "
                                         "'submitted'"));
  EXPECT_EQ(counted("department_reviewed"),
            scalar(*db, "SELECT COUNT(*) FROM targets WHERE status = 'department_reviewed'"));

  const long long first = scalar(*db, "SELECT MIN(id) FROM targets");
  db->write([&](soci::session& s) {
    EXPECT_EQ(targets::repo::reviews(s, first).at(0).id, review_id);
    targets::repo::Review r;
    r.target_id = first;
    s << "SELECT MIN(id) FROM users", soci::into(r.reviewer_id);
    r.stage = "department";
    r.decision = "pass";
    r.created_at = "2026-01-03T00:00:00Z";
    EXPECT_GT(targets::repo::insert_review(s, r), review_id);
  });
}

}  // namespace jixiao
