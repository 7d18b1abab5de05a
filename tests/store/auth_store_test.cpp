#include <gtest/gtest.h>

#include <functional>
#include <memory>

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

// A clock the test moves.
struct FakeClock {
  std::shared_ptr<std::int64_t> now = std::make_shared<std::int64_t>(1'800'000'000);
  void operator+=(std::int64_t seconds) const { *now += seconds; }
  std::function<std::int64_t()> fn() const {
    return [n = now] { return *n; };
  }
};

bool alive(auth::AuthService& auth, const std::string& token) {
  try {
    auth.authenticate(token);
    return true;
  } catch (const AppError& e) {
    EXPECT_EQ(e.code(), "session_expired");
    return false;
  }
}

TEST_F(StoreTest, ASessionInUseNeverIdlesOutAndAnIdleOneEndsWithinAQuarterOfTheTimeout) {
  FakeClock clock;
  auto options = cheap_options();
  options.idle_minutes = 1;
  options.clock = clock.fn();
  make_accounts(*db, options);
  auth::AuthService auth(*db, options);
  const std::string token = auth.login("real", kPassword).session_token;
  // A request every 40 s for an hour: each is well within the minute of the one before.
  for (int i = 0; i < 90; ++i) {
    clock += 40;
    ASSERT_TRUE(alive(auth, token)) << "ended after " << (i + 1) * 40 << " s in use";
  }
  // Then silence: a request 45 s on finds it (the clock is written every quarter of the
  // timeout, so it is never more than 15 s behind), one 61 s after that does not.
  clock += 45;
  EXPECT_TRUE(alive(auth, token));
  clock += 61;
  EXPECT_FALSE(alive(auth, token));
}

TEST_F(StoreTest, ASessionEndsAtItsAbsoluteLifetimeHoweverMuchItIsUsed) {
  FakeClock clock;
  auto options = cheap_options();
  options.max_hours = 12;
  options.clock = clock.fn();
  make_accounts(*db, options);
  auth::AuthService auth(*db, options);
  const std::string token = auth.login("real", kPassword).session_token;
  for (int minutes = 10; minutes < 12 * 60; minutes += 10) {
    clock += 600;
    ASSERT_TRUE(alive(auth, token)) << "ended after " << minutes << " minutes";
  }
  clock += 600;  // 12 hours after the login
  EXPECT_FALSE(auth.authenticate_cached(token));
  EXPECT_FALSE(alive(auth, token));
}

TEST_F(StoreTest, ChangingOnesPasswordEndsEveryOtherSessionOfTheAccount) {
  const auto options = cheap_options();
  make_accounts(*db, options);
  auth::AuthService auth(*db, options);
  const auto here = auth.login("real", kPassword);
  const std::string elsewhere = auth.login("real", kPassword).session_token;
  auth.change_password(here.principal, kPassword, "Better#2027pw", here.session_token);
  EXPECT_NO_THROW(auth.authenticate(here.session_token));
  EXPECT_THROW(auth.authenticate(elsewhere), AppError);
}

}  // namespace
}  // namespace jixiao
