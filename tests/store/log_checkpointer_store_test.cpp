// SQLite's log copied into the database by a thread of its own (DatabaseOptions::
// checkpoint_aside, the server's choice): no commit copies it, and the thread does within a
// few of its turns. PostgreSQL has no such log to copy: the test is SQLite's alone.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "store_fixture.h"

namespace jixiao {
namespace {

class LogCheckpointerTest : public StoreTest {
 protected:
  // A database of its own next to the fixture's, with the given choice.
  std::unique_ptr<db::Database> open(bool aside) {
    path_ = url() + (aside ? ".aside" : ".own");
    auto out = std::make_unique<db::Database>(
        db::DatabaseOptions{.url = path_, .pool_size = 2, .checkpoint_aside = aside});
    out->write([](soci::session& s) {
      s << "CREATE TABLE log_probe (id BIGINT PRIMARY KEY, text TEXT NOT NULL)";
    });
    return out;
  }
  void TearDown() override {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
    StoreTest::TearDown();
  }
  // About 6 MB in 30 commits: past SQLite's automatic threshold (1,000 pages, 4 MB).
  static void fill(db::Database& into) {
    const std::string text(2000, 'x');
    for (long long batch = 0; batch < 30; ++batch) {
      into.write([&](soci::session& s) {
        for (long long i = 0; i < 100; ++i) {
          const long long id = batch * 100 + i;
          s << "INSERT INTO log_probe (id, text) VALUES (:id, :t)", soci::use(id), soci::use(text);
        }
      });
    }
  }
  std::uintmax_t file_size() const { return std::filesystem::file_size(path_); }
  static long long autocheckpoint(db::Database& of) {
    return of.read([](soci::session& s) {
      long long pages = -1;
      s << "PRAGMA wal_autocheckpoint", soci::into(pages);
      return pages;
    });
  }
  std::string path_;
};

TEST_F(LogCheckpointerTest, TheThreadCopiesTheLogThatNoCommitCopies) {
  if (postgresql()) GTEST_SKIP() << "SQLite's log";
  auto aside = open(true);
  EXPECT_EQ(autocheckpoint(*aside), 0);  // no commit copies the log
  fill(*aside);
  // Within a few turns of the thread the rows are in the database file itself.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (file_size() < 3'000'000 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(db::Database::kCheckpointEvery);
  EXPECT_GE(file_size(), 3'000'000u);
  long long rows = 0;
  aside->read([&](soci::session& s) { s << "SELECT COUNT(*) FROM log_probe", soci::into(rows); });
  EXPECT_EQ(rows, 3000);
}

TEST_F(LogCheckpointerTest, WithoutItSQLiteCopiesTheLogAtACommit) {
  if (postgresql()) GTEST_SKIP() << "SQLite's log";
  auto own = open(false);
  EXPECT_EQ(autocheckpoint(*own), 1000);  // SQLite's own
  fill(*own);
  EXPECT_GE(file_size(), 3'000'000u);  // copied by the commit that passed the threshold
}

}  // namespace
}  // namespace jixiao
