// The store contract suite runs against the database named by JIXIAO_TEST_DB: a postgresql://
// URL, or (unset) a fresh SQLite file per test.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "cli/demo.h"
#include "db/database.h"
#include "db/migrations.h"

namespace jixiao {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override { open(false); }
  // A database that already holds the demo region. Building it takes seconds (most on
  // PostgreSQL), so it is built once per run into a template and each test gets a copy.
  void SetUpDemo() { open(true); }

  void TearDown() override {
    db.reset();
    if (!path_.empty()) remove_sqlite(path_);
  }

  bool postgresql() const { return db->dialect() == db::Dialect::postgresql; }
  // The database's URL, for a second pool on it (another process, as far as the first knows).
  const std::string& url() const { return url_; }

  std::unique_ptr<db::Database> db;

 private:
  void open(bool demo) {
    const char* env = std::getenv("JIXIAO_TEST_DB");
    std::string url = env ? env : "";
    if (db::is_postgresql_url(url)) {
      db::Database admin(db::DatabaseOptions{url, 1});
      if (demo) {
        const std::string copy = database_named(url, "demo");
        const std::string tmpl = demo_template(admin, url);
        admin.read([&](soci::session& s) {
          s << "DROP DATABASE IF EXISTS " + copy + " WITH (FORCE)";
          s << "CREATE DATABASE " + copy + " TEMPLATE " + tmpl;
        });
        url = with_database(url, copy);
      } else {
        // A clean schema per test: the suite runs serially in one process.
        admin.read([](soci::session& s) {
          s << "DROP SCHEMA IF EXISTS public CASCADE";
          s << "CREATE SCHEMA public";
        });
      }
    } else {
      static std::atomic<int> counter{0};
      path_ = "/tmp/jixiao-store-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) +
              ".sqlite";
      if (demo) std::filesystem::copy_file(demo_template_file(), path_);
      url = path_;
    }
    url_ = url;
    db = std::make_unique<db::Database>(db::DatabaseOptions{url, 4});
    db::migrate(*db);
  }

  static std::string database_name(const std::string& url) {
    const auto at = url.find("dbname=");
    if (at == std::string::npos) return "postgres";
    const auto end = url.find(' ', at);
    return url.substr(at + 7, end == std::string::npos ? std::string::npos : end - at - 7);
  }
  static std::string with_database(const std::string& url, const std::string& name) {
    const auto at = url.find("dbname=");
    if (at == std::string::npos) return url + " dbname=" + name;
    const auto end = url.find(' ', at);
    return url.substr(0, at) + "dbname=" + name + (end == std::string::npos ? "" : url.substr(end));
  }
  static std::string database_named(const std::string& url, const std::string& suffix) {
    return database_name(url) + "_" + suffix;
  }
  static void build_demo(const std::string& url) {
    db::Database built(db::DatabaseOptions{url, 1});
    db::migrate(built);
    cli::create_demo(built);
  }
  // Built on first use in this process, so that it always matches the code under test.
  static std::string demo_template(db::Database& admin, const std::string& url) {
    static std::string name;
    if (name.empty()) {
      const std::string tmpl = database_named(url, "demo_template");
      admin.read([&](soci::session& s) {
        s << "DROP DATABASE IF EXISTS " + tmpl + " WITH (FORCE)";
        s << "CREATE DATABASE " + tmpl;
      });
      build_demo(with_database(url, tmpl));
      name = tmpl;
    }
    return name;
  }
  static const std::string& demo_template_file() {
    // Removed when the process ends.
    struct File {
      std::string path;
      ~File() { remove_sqlite(path); }
    };
    static const File file{"/tmp/jixiao-store-" + std::to_string(::getpid()) + "-demo.sqlite"};
    static const bool built = [] {
      remove_sqlite(file.path);
      build_demo(file.path);  // closing the last connection folds the write-ahead log into the file
      return true;
    }();
    (void)built;
    return file.path;
  }
  static void remove_sqlite(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  }

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
