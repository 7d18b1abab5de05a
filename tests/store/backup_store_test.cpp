#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "accounts/repo.h"
#include "base/clock.h"
#include "db/backup.h"
#include "store_fixture.h"

namespace jixiao {

TEST_F(StoreTest, BackupWritesAConsistentCopyOnceAndOnlyForSqlite) {
  const std::string target = std::filesystem::temp_directory_path() /
                             ("jixiao-backup-" + std::to_string(::getpid()) + ".sqlite");
  std::remove(target.c_str());
  if (postgresql()) {
    EXPECT_THROW(db::backup_sqlite(*db, target), std::exception);  // pg_dump does that
    return;
  }
  db->write([](soci::session& s) {
    s << "INSERT INTO regions (code, name, level, path, created_at, updated_at) VALUES "
         "('530000', '云南省', 'province', '/1/', 'now', 'now')";
  });
  db::backup_sqlite(*db, target);
  {
    db::Database copy(db::DatabaseOptions{target, 1});
    std::string name;
    copy.read([&](soci::session& s) { s << "SELECT name FROM regions", soci::into(name); });
    EXPECT_EQ(name, "云南省");
  }
  EXPECT_THROW(db::backup_sqlite(*db, target), std::exception);  // never overwrites
  std::remove(target.c_str());
}

TEST_F(StoreTest, AccountsKeepTheirPlacementAndLockState) {
  const std::string now = now_iso();
  db->write([&](soci::session& s) {
    s << "INSERT INTO regions (code, name, level, path, created_at, updated_at) VALUES "
         "('530000', '云南省', 'province', '/1/', :c, :u)",
        soci::use(now), soci::use(now);
  });
  accounts::User u;
  u.username = "zhang";
  u.display_name = "张三";
  u.role = "viewer";
  u.region_id = 1;
  u.created_at = u.updated_at = now;
  const long long id =
      db->write([&](soci::session& s) { return accounts::repo::insert(s, u, "hash"); });
  auto saved = *db->read([&](soci::session& s) { return accounts::repo::find(s, id); });
  EXPECT_EQ(saved.region_name, "云南省");
  EXPECT_EQ(saved.unit_id, 0);
  EXPECT_TRUE(saved.must_change_password);
  EXPECT_TRUE(saved.active);
  db->write([&](soci::session& s) { accounts::repo::set_active(s, id, false, now); });
  saved = *db->read([&](soci::session& s) { return accounts::repo::find(s, id); });
  EXPECT_FALSE(saved.active);
  EXPECT_EQ(saved.version, 2);
  EXPECT_TRUE(
      db->read([](soci::session& s) { return accounts::repo::username_taken(s, "zhang"); }));
  saved.display_name = "张三丰";
  EXPECT_FALSE(db->write([&](soci::session& s) { return accounts::repo::update(s, saved, 1); }));
  EXPECT_TRUE(db->write([&](soci::session& s) { return accounts::repo::update(s, saved, 2); }));
}

}  // namespace jixiao
