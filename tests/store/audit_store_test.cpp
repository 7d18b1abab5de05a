#include <gtest/gtest.h>

#include <set>

#include "audit/log.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

void exec(db::Database& db, const std::string& sql) {
  db.write([&](soci::session& s) { s << sql; });
}

void append(db::Database& db, int n, long long region_id = 7) {
  audit::Entry e = audit::system_entry("test", "project", 1, region_id);
  for (int i = 0; i < n; ++i) {
    e.after_json = "{\"n\":" + std::to_string(i) + "}";
    db.write([&](soci::session& s) { audit::append(s, db.dialect(), e); });
  }
}

audit::Head head(db::Database& db) {
  return db.read([](soci::session& s) { return audit::read_head(s); });
}

audit::Anchor anchor_of(const audit::Head& h) { return {h.hash, h.rows}; }

TEST_F(StoreTest, AuditVerifyFindsRowsCutFromTheEndAgainstARecordedHead) {
  append(*db, 120);
  const audit::Head recorded = head(*db);
  EXPECT_EQ(recorded.rows, 120);
  EXPECT_TRUE(audit::verify_chain(*db, anchor_of(recorded)).ok);

  exec(*db, "DELETE FROM audit_log WHERE id = 120");
  auto v = audit::verify_chain(*db, anchor_of(recorded));
  ASSERT_FALSE(v.ok);
  EXPECT_EQ(v.first_broken_id, 120);
  EXPECT_NE(v.reason.find("缺少第 120 行"), std::string::npos) << v.reason;
  // The head alone (without the count) is missed too.
  EXPECT_FALSE(audit::verify_chain(*db, {recorded.hash, std::nullopt}).ok);

  exec(*db, "DELETE FROM audit_log WHERE id > 19");
  v = audit::verify_chain(*db, anchor_of(recorded));
  ASSERT_FALSE(v.ok);
  EXPECT_EQ(v.first_broken_id, 20);
  EXPECT_NE(v.reason.find("缺少第 20–120 行"), std::string::npos) << v.reason;

  exec(*db, "DELETE FROM audit_log");
  v = audit::verify_chain(*db, anchor_of(recorded));
  ASSERT_FALSE(v.ok);
  EXPECT_EQ(v.rows, 0);
  EXPECT_NE(v.reason.find("120 行被删除"), std::string::npos) << v.reason;
}

TEST_F(StoreTest, AuditVerifyFindsAChainCutAndWrittenOnAgainstItsAnchor) {
  append(*db, 5);
  const audit::Head recorded = head(*db);
  exec(*db, "DELETE FROM audit_log WHERE id >= 4");
  append(*db, 3);  // as many rows again, but not the ones anchored
  const auto v = audit::verify_chain(*db, anchor_of(recorded));
  ASSERT_FALSE(v.ok);
  EXPECT_EQ(v.first_broken_id, 5);
}

TEST_F(StoreTest, AuditVerifyNamesADeletedRowAndReportsEveryBreak) {
  append(*db, 10);
  exec(*db, "DELETE FROM audit_log WHERE id = 4");
  exec(*db, "UPDATE audit_log SET after_json = '{\"forged\":1}' WHERE id = 8");
  const auto v = audit::verify_chain(*db);
  ASSERT_FALSE(v.ok);
  ASSERT_EQ(v.breaks.size(), 2u);
  EXPECT_EQ(v.break_count, 2);
  EXPECT_EQ(v.breaks[0].id, 4);  // the missing row, not the one after it
  EXPECT_NE(v.breaks[0].reason.find("缺少第 4 行"), std::string::npos) << v.breaks[0].reason;
  EXPECT_EQ(v.breaks[1].id, 8);
  EXPECT_EQ(v.rows, 9);
}

TEST_F(StoreTest, AuditVerifyFindsRenumberedIdsAndANullMadeZero) {
  append(*db, 4, 0);  // of no region: stored NULL
  EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM audit_log WHERE region_id IS NULL"), 4);
  ASSERT_TRUE(audit::verify_chain(*db).ok);
  exec(*db, "UPDATE audit_log SET region_id = 0 WHERE id = 2");
  auto v = audit::verify_chain(*db);
  ASSERT_FALSE(v.ok);
  EXPECT_EQ(v.first_broken_id, 2);
  exec(*db, "UPDATE audit_log SET region_id = NULL WHERE id = 2");
  ASSERT_TRUE(audit::verify_chain(*db).ok);
  // Every id moved up by ten: the links still hold, the ids do not.
  exec(*db, "UPDATE audit_log SET id = id + 10");
  v = audit::verify_chain(*db);
  ASSERT_FALSE(v.ok);
  std::set<long long> named;
  for (const auto& b : v.breaks) named.insert(b.id);
  EXPECT_EQ(named, (std::set<long long>{11, 12, 13, 14}));
}

TEST_F(StoreTest, AuditChainsWrittenBeforeTheSecondHashStillVerify) {
  // Rows of the first hash, as an older release wrote them (ids may skip: a rolled-back insert).
  std::string prev(64, '0');
  for (long long id : {1, 2, 5}) {
    audit::Entry e = audit::system_entry("old", "project", id, 3);
    const std::string at = "2026-01-01T00:00:0" + std::to_string(id) + "Z";
    const std::string hash = audit::row_hash(prev, at, e);
    db->write([&](soci::session& s) {
      s << "INSERT INTO audit_log (id, at, actor_id, actor, action, entity, entity_id, region_id, "
           "before_json, after_json, prev_hash, hash) VALUES (:id, :at, 0, 'system', 'old', "
           "'project', :eid, 3, 'null', 'null', :p, :h)",
          soci::use(id), soci::use(at), soci::use(id), soci::use(prev), soci::use(hash);
    });
    prev = hash;
  }
  append(*db, 3);
  EXPECT_EQ(scalar(*db, "SELECT MIN(id) FROM audit_log WHERE hash_version = 2"), 6);
  const auto v = audit::verify_chain(*db, anchor_of(head(*db)));
  EXPECT_TRUE(v.ok) << v.reason;
  EXPECT_EQ(v.rows, 6);
  // A row of the second hash passed off as one of the first is found.
  exec(*db, "UPDATE audit_log SET hash_version = 1 WHERE id = 7");
  EXPECT_FALSE(audit::verify_chain(*db).ok);
}

}  // namespace
}  // namespace jixiao
