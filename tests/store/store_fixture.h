// The store contract suite runs against the database named by JIXIAO_TEST_DB: a postgresql://
// URL, or (unset) a fresh SQLite file per test.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "db/database.h"
#include "db/migrations.h"

namespace jixiao {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* env = std::getenv("JIXIAO_TEST_DB");
    std::string url = env ? env : "";
    if (db::is_postgresql_url(url)) {
      // A clean schema per test: the suite runs serially in one process.
      db::Database admin(db::DatabaseOptions{url, 1});
      admin.read([](soci::session& s) {
        s << "DROP SCHEMA IF EXISTS public CASCADE";
        s << "CREATE SCHEMA public";
      });
    } else {
      static std::atomic<int> counter{0};
      path_ = "/tmp/jixiao-store-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) +
              ".sqlite";
      url = path_;
    }
    url_ = url;
    db = std::make_unique<db::Database>(db::DatabaseOptions{url, 4});
    db::migrate(*db);
  }

  void TearDown() override {
    db.reset();
    if (!path_.empty()) {
      for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path_ + suffix).c_str());
    }
  }

  bool postgresql() const { return db->dialect() == db::Dialect::postgresql; }
  // The database's URL, for a second pool on it (another process, as far as the first knows).
  const std::string& url() const { return url_; }

  std::unique_ptr<db::Database> db;

 private:
  std::string path_;
  std::string url_;
};

// One number read straight from the database (a count, a sum): what the tests check beside the
// services' answers.
inline long long scalar(db::Database& db, const std::string& sql) {
  return db.read([&](soci::session& s) {
    long long v = 0;
    s << sql, soci::into(v);
    return v;
  });
}

}  // namespace jixiao
