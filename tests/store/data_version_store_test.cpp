// The data version (db::Database::data_version) that kept pages and sessions are checked against:
// it changes once for each of this process's commits, and within a poll for another process's;
// a commit in an area changes that area's version alone.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "store_fixture.h"

namespace jixiao {
namespace {

class DataVersionTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    db->write([](soci::session& s) { s << "CREATE TABLE version_probe (id BIGINT PRIMARY KEY)"; });
  }
  static void insert(db::Database& into, long long id) {
    into.write([id](soci::session& s) {
      s << "INSERT INTO version_probe (id) VALUES (:id)", soci::use(id);
    });
  }
  static void insert_in_area(db::Database& into, long long id) {
    into.write(db::Area::monitoring_reports, [id](soci::session& s) {
      s << "INSERT INTO version_probe (id) VALUES (:id)", soci::use(id);
    });
  }
  static void wait_a_poll() {
    std::this_thread::sleep_for(std::chrono::milliseconds(db::Database::kOutsidePollMs + 30));
  }
};

TEST_F(DataVersionTest, OwnCommitsChangeItOnceAndAnotherProcesssWithinAPoll) {
  const std::string before = db->data_version();
  EXPECT_EQ(db->recent_data_version(), before);

  insert(*db, 1);
  const std::string after_own = db->data_version();
  EXPECT_NE(after_own, before);
  // Our commit also changed what the database reports; learnt at the commit, not again at the
  // next poll (which made every kept page stale twice). PostgreSQL's snapshot also moves with
  // its own background work (autovacuum's analyze takes a transaction id), so the versions
  // that must stay put are compared on SQLite alone.
  wait_a_poll();
  EXPECT_EQ(db->recent_data_version(), std::nullopt);  // due to ask again
  if (!postgresql()) {
    EXPECT_EQ(db->data_version(), after_own);
  }

  // Another pool on the same database is another process as far as this one knows.
  db::Database other(db::DatabaseOptions{url(), 1});
  insert(other, 2);
  wait_a_poll();
  const std::string after_other = db->data_version();
  EXPECT_NE(after_other, after_own);
  // Reads alone change nothing.
  other.read([](soci::session& s) {
    long long n = 0;
    s << "SELECT COUNT(*) FROM version_probe", soci::into(n);
    EXPECT_EQ(n, 2);
  });
  wait_a_poll();
  if (!postgresql()) {
    EXPECT_EQ(db->data_version(), after_other);
  }
}

TEST_F(DataVersionTest, AWriteAsideLeavesItAndIsSeenByEveryone) {
  insert(*db, 1);
  wait_a_poll();
  // On PostgreSQL, the server's own background work (autovacuum) may end a transaction
  // meanwhile, and then the token must move: a quiet try keeps it. SQLite keeps it every time.
  const int tries = postgresql() ? 5 : 1;
  bool kept = false;
  for (int i = 0; i < tries && !kept; ++i) {
    const std::string before = db->data_version();
    db->write_aside([i](soci::session& s) {
      const long long to = 10 + i;
      s << "UPDATE version_probe SET id = :to", soci::use(to);
    });
    wait_a_poll();
    kept = db->data_version() == before;
  }
  EXPECT_TRUE(kept);
  db::Database other(db::DatabaseOptions{url(), 1});
  other.read([](soci::session& s) {
    long long id = 0;
    s << "SELECT id FROM version_probe", soci::into(id);
    EXPECT_GE(id, 10);
  });
  // Another process's commit just before a write aside still shows at the next poll.
  const std::string before = db->data_version();
  insert(other, 2);
  db->write_aside([](soci::session& s) { s << "UPDATE version_probe SET id = 20 WHERE id = 2"; });
  wait_a_poll();
  EXPECT_NE(db->data_version(), before);
  // A failed write aside changes nothing.
  EXPECT_ANY_THROW(db->write_aside([](soci::session& s) {
    s << "UPDATE version_probe SET id = 12";
    s << "INSERT INTO version_probe (id) VALUES (12)";  // the same key again
  }));
  db->read([](soci::session& s) {
    long long n = 0;
    s << "SELECT COUNT(*) FROM version_probe WHERE id = 12", soci::into(n);
    EXPECT_EQ(n, 0);
  });
}

TEST_F(DataVersionTest, AWriteInAnAreaStalesThatAreaAloneAndAnotherProcesssStalesAll) {
  insert(*db, 1);
  wait_a_poll();
  // On PostgreSQL the server's own background work may end a transaction meanwhile, and then
  // every token must move: a quiet try keeps the others. SQLite keeps them every time.
  const int tries = postgresql() ? 5 : 1;
  bool kept = false;
  for (int i = 0; i < tries && !kept; ++i) {
    const std::string general = db->data_version();
    const std::string area = db->data_version(db::Area::monitoring_reports);
    insert_in_area(*db, 10 + i);
    // The area's token moves at once; the others' stay, also once the poll has learnt that the
    // database moved (it was this process's own commit).
    EXPECT_NE(db->data_version(db::Area::monitoring_reports), area);
    if (!postgresql()) {
      EXPECT_EQ(db->recent_data_version(), general);
    }
    wait_a_poll();
    kept = db->data_version() == general;
  }
  EXPECT_TRUE(kept);

  // A write without an area moves every token.
  std::string general = db->data_version();
  std::string area = db->data_version(db::Area::monitoring_reports);
  insert(*db, 2);
  EXPECT_NE(db->data_version(), general);
  EXPECT_NE(db->data_version(db::Area::monitoring_reports), area);

  // Another process's write in the area is only a commit to this one: every token moves within
  // a poll.
  db::Database other(db::DatabaseOptions{url(), 1});
  general = db->data_version();
  area = db->data_version(db::Area::monitoring_reports);
  insert_in_area(other, 3);
  wait_a_poll();
  EXPECT_NE(db->data_version(), general);
  EXPECT_NE(db->data_version(db::Area::monitoring_reports), area);
}

TEST_F(DataVersionTest, ConcurrentWritesInAnAreaAndPollsLeaveTheOthersKept) {
  // Writers in the area and readers polling at once: whichever learns the database's new
  // version first, it is known as this process's own. On PostgreSQL autovacuum may move it.
  if (postgresql()) GTEST_SKIP() << "the server's background work may move the snapshot";
  insert(*db, 1);
  wait_a_poll();
  const std::string general = db->data_version();
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([this, t, &general] {
      for (int i = 0; i < 20; ++i) {
        insert_in_area(*db, 100 + t * 100 + i);
        EXPECT_EQ(db->data_version(), general);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
    });
  }
  for (auto& th : threads) th.join();
  wait_a_poll();
  EXPECT_EQ(db->data_version(), general);
  // The writes are there for everyone.
  db::Database other(db::DatabaseOptions{url(), 1});
  other.read([](soci::session& s) {
    long long n = 0;
    s << "SELECT COUNT(*) FROM version_probe", soci::into(n);
    EXPECT_EQ(n, 81);
  });
}

}  // namespace
}  // namespace jixiao
