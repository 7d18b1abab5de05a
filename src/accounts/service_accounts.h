// Service accounts (接口账号) and their API tokens, managed by the administrator of a region
// tree: other systems (the budget execution system's nightly feed, an agency's tools, a
// province's data platform) call the API as such an account, with a role and data scope like any
// user's, through a token sent as "Authorization: Bearer". Integrations are the administrator's
// business, so the performance office neither reads nor manages them.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "accounts/model.h"
#include "auth/model.h"
#include "auth/token_repo.h"
#include "db/database.h"

namespace jixiao::accounts {

struct ServiceAccount {
  User user;
  std::vector<auth::token_repo::TokenRow> tokens;  // newest first
};

struct ServiceAccountPage {
  std::vector<ServiceAccount> items;
  std::optional<std::string> next_cursor;
  long long total = 0;
};

struct TokenRequest {
  std::string name;
  std::string expires_on;           // the last day it works
  std::vector<std::string> routes;  // "METHOD pattern"; empty: every route of the role
};

// A token just issued with its secret (shown once, never stored in clear).
struct IssuedToken {
  auth::token_repo::TokenRow token;
  std::string secret;
};

class ServiceAccountService {
 public:
  explicit ServiceAccountService(db::Database& db) : db_(db) {}

  ServiceAccountPage list(const auth::Principal& me, const UserFilter& filter);
  ServiceAccount get(const auth::Principal& me, long long id);
  ServiceAccount create(const auth::Principal& me, const UserInput& in);
  IssuedToken issue(const auth::Principal& me, long long account_id, const TokenRequest& in);
  auth::token_repo::TokenRow revoke(const auth::Principal& me, long long token_id);
  // The routes a token may be limited to ("METHOD pattern", in the router's order), for the
  // administrator's picker.
  const std::vector<std::string>& routes(const auth::Principal& me) const;

  // Set once the routes are registered (the app's wiring): what a limit may name, and each
  // one's summary for people (the route's own, as the API document gives it).
  void set_routes(std::vector<std::string> keys,
                  std::map<std::string, std::string> summaries = {}) {
    routes_ = std::move(keys);
    summaries_ = std::move(summaries);
  }
  // A route's summary, "" when it has none.
  std::string summary(const std::string& key) const {
    const auto it = summaries_.find(key);
    return it == summaries_.end() ? std::string() : it->second;
  }

  // The command line and the demo: no caller.
  ServiceAccount create_by_system(const UserInput& in);
  IssuedToken issue_by_system(long long account_id, const TokenRequest& in);
  auth::token_repo::TokenRow revoke_by_system(long long token_id);

 private:
  IssuedToken issue_as(long long actor_id, const std::string& actor, long long account_id,
                       const TokenRequest& in,
                       const std::function<void(soci::session&, const User&)>& check);
  ServiceAccount create_as(long long actor_id, const std::string& actor, const UserInput& in,
                           const std::function<void(soci::session&, const User&)>& check);

  auth::token_repo::TokenRow revoke_in(soci::session& s, long long actor_id,
                                       const std::string& actor,
                                       const auth::token_repo::TokenRow& before,
                                       long long region_id);

  db::Database& db_;
  std::vector<std::string> routes_;
  std::map<std::string, std::string> summaries_;
};

}  // namespace jixiao::accounts
