#include <gtest/gtest.h>

#include "auth/password.h"
#include "auth/service.h"
#include "base/error.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

constexpr const char* kPassword = "Right@2026pw";

// Cheap hashes: the tests check the paths, not the cost.
auth::AuthOptions cheap_options() {
  auth::AuthOptions o;
  o.password.ops_limit = 1;
  o.password.mem_limit = 64u << 10;
  return o;
}

// One region and an active and a disabled account in it.
void make_accounts(db::Database& db, const auth::AuthOptions& o) {
  const std::string hash = auth::hash_password(kPassword, o.password);
  db.write([&](soci::session& s) {
    s << "INSERT INTO regions (code, name, level, path, created_at, updated_at) VALUES "
         "('530000', '测试省', 'province', '/1/', 'x', 'x')";
    long long region = 0;
    s << "SELECT id FROM regions", soci::into(region);
    for (const std::string name : {"real", "disabled"}) {
      const long long active = name == "real" ? 1 : 0;
      s << "INSERT INTO users (username, display_name, password_hash, role, region_id, "
           "must_change_password, active, created_at, updated_at) VALUES (:u, :d, :h, 'viewer', "
           ":r, 0, :a, 'x', 'x')",
          soci::use(name), soci::use(name), soci::use(hash), soci::use(region), soci::use(active);
    }
  });
}

// The status a login answers: 200, or the error's HTTP status.
int login_status(auth::AuthService& auth, const std::string& user, const std::string& password) {
  try {
    auth.login(user, password);
    return 200;
  } catch (const AppError& e) {
    return http_status(e.kind());
  }
}

TEST_F(StoreTest, UnknownAndDisabledNamesFailAndLockExactlyLikeARealAccount) {
  const auto options = cheap_options();
  make_accounts(*db, options);
  auth::AuthService auth(*db, options);
  std::vector<int> real, unknown, disabled;
  for (int i = 0; i < 7; ++i) {
    real.push_back(login_status(auth, "real", "Wrong@2026pw"));
    unknown.push_back(login_status(auth, "nobody", "Wrong@2026pw"));
    disabled.push_back(login_status(auth, "disabled", kPassword));
  }
  const std::vector<int> expected{401, 401, 401, 401, 423, 423, 423};
  EXPECT_EQ(real, expected);
  EXPECT_EQ(unknown, expected);
  EXPECT_EQ(disabled, expected);
  // Locked, even the right password of the real account waits.
  EXPECT_EQ(login_status(auth, "real", kPassword), 423);
}

TEST_F(StoreTest, AnUnknownNamesPasswordIsCheckedAgainstAHashOfTheAccountsCost) {
  const auto options = cheap_options();
  make_accounts(*db, options);
  auth::AuthService auth(*db, options);
  // "$argon2id$v=19$m=64,t=1,p=1$salt$hash": everything up to the salt is the cost.
  const auto cost = [](const std::string& h) { return h.substr(0, h.find('$', 16)); };
  const std::string account = auth::hash_password(kPassword, options.password);
  EXPECT_EQ(cost(auth.dummy_hash()), cost(account));
  EXPECT_NE(auth.dummy_hash(), account);
  EXPECT_FALSE(auth::verify_password("", auth.dummy_hash()));
  EXPECT_EQ(cost(auth::hash_password("x")), cost(auth::hash_password("y")));
  auth::AuthService defaults(*db, {});
  EXPECT_EQ(cost(defaults.dummy_hash()), cost(auth::hash_password("y")));
}

}  // namespace
}  // namespace jixiao
