#include <gtest/gtest.h>

#include <functional>

#include "accounts/service_accounts.h"
#include "auth/repo.h"
#include "auth/token_service.h"
#include "base/clock.h"
#include "base/error.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

const std::string kRoute = "GET /api/v1/projects";

// One region and its service account with one token limited to kRoute; returns the secret.
struct Made {
  long long account = 0;
  long long token = 0;
  std::string secret;
};
Made make_token(db::Database& db, accounts::ServiceAccountService& service) {
  const long long region = db.write([](soci::session& s) {
    s << "INSERT INTO regions (code, name, level, path, created_at, updated_at) VALUES "
         "('530000', '测试省', 'province', '/1/', 'x', 'x')";
    long long id = 0;
    s << "SELECT id FROM regions", soci::into(id);
    return id;
  });
  service.set_routes({kRoute, "POST /api/v1/executions:import"});
  accounts::UserInput in;
  in.username = "feed";
  in.display_name = "预算一体化接口";
  in.role = "viewer";
  in.region_id = region;
  const auto account = service.create_by_system(in);
  const std::string last_day = format_iso(now_unix() + 30 * 86400).substr(0, 10);
  const auto issued = service.issue_by_system(account.user.id, {"推送", last_day, {kRoute}});
  return {account.user.id, issued.token.id, issued.secret};
}

int status_of(const std::function<void()>& f) {
  try {
    f();
    return 200;
  } catch (const AppError& e) {
    return http_status(e.kind());
  }
}

TEST_F(StoreTest, ATokenAuthenticatesItsAccountOnItsRoutesUntilRevokedOrExpired) {
  accounts::ServiceAccountService service(*db);
  const Made made = make_token(*db, service);
  std::int64_t now = now_unix();
  auth::TokenAuth tokens(*db, [&] { return now; });

  const auto me = tokens.authenticate(made.secret, kRoute, "10.0.0.1");
  EXPECT_EQ(me.user_id, made.account);
  EXPECT_EQ(me.token_id, made.token);
  EXPECT_EQ(me.display_name, "预算一体化接口");
  EXPECT_TRUE(tokens.authenticate_cached(made.secret, kRoute).has_value());
  // The last use is written once a minute, not at every request.
  tokens.authenticate(made.secret, kRoute, "10.0.0.2");
  auto stored = db->read([&](soci::session& s) { return *auth::token_repo::find(s, made.token); });
  EXPECT_EQ(stored.last_used_at, now);
  EXPECT_EQ(stored.last_used_from, "10.0.0.1");
  now += 61;
  tokens.authenticate(made.secret, kRoute, "10.0.0.2");
  stored = db->read([&](soci::session& s) { return *auth::token_repo::find(s, made.token); });
  EXPECT_EQ(stored.last_used_from, "10.0.0.2");

  EXPECT_EQ(status_of([&] { tokens.authenticate(made.secret, "GET /api/v1/targets", "x"); }), 403);
  EXPECT_EQ(status_of([&] { tokens.authenticate("jxt_" + std::string(48, '0'), kRoute, "x"); }),
            401);
  EXPECT_EQ(status_of([&] { tokens.authenticate("secret", kRoute, "x"); }), 401);
  // Past its last day.
  const std::int64_t kept = now;
  now += 40 * 86400;
  EXPECT_EQ(status_of([&] { tokens.authenticate(made.secret, kRoute, "x"); }), 401);
  now = kept;
  // A revoke is a commit: refused at once, though the token was kept.
  service.revoke_by_system(made.token);
  EXPECT_FALSE(tokens.authenticate_cached(made.secret, kRoute).has_value());
  EXPECT_EQ(status_of([&] { tokens.authenticate(made.secret, kRoute, "x"); }), 401);
  const auto counted = tokens.failures();
  double total = 0;
  for (const auto& [label, n] : counted) total += n;
  EXPECT_EQ(total, 5);
}

TEST_F(StoreTest, AServiceAccountHasNoLoginAndNoAdministratorRole) {
  accounts::ServiceAccountService service(*db);
  const Made made = make_token(*db, service);
  db->read([&](soci::session& s) {
    EXPECT_FALSE(auth::repo::find_credentials(s, "feed").has_value());
    const auto row = auth::repo::find_principal_by_id(s, made.account);
    ASSERT_TRUE(row.has_value());
    EXPECT_TRUE(row->active);
  });
  accounts::UserInput in;
  in.username = "feed_admin";
  in.display_name = "管理";
  in.role = "admin";
  in.region_id = 1;
  EXPECT_EQ(status_of([&] { service.create_by_system(in); }), 400);
  // Limits name known routes only; the expiry is a day after today, at most two years ahead.
  const std::string tomorrow = format_iso(now_unix() + 86400).substr(0, 10);
  EXPECT_EQ(status_of([&] {
              service.issue_by_system(made.account, {"x", tomorrow, {"GET /api/v1/nothing"}});
            }),
            400);
  EXPECT_EQ(status_of([&] {
              service.issue_by_system(made.account, {"x", "2020-01-01", {}});
            }),
            400);
  const auto two = service.issue_by_system(made.account, {"全部", tomorrow, {}});
  const auto listed =
      db->read([&](soci::session& s) { return auth::token_repo::of_users(s, {made.account}); });
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed.front().id, two.token.id);  // newest first
  EXPECT_TRUE(listed.front().routes.empty());
}

}  // namespace
}  // namespace jixiao
