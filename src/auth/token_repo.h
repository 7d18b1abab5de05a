// SQL for API tokens. Every function runs on a session the service provides.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

namespace jixiao::auth::token_repo {

struct TokenRow {
  long long id = 0;
  long long user_id = 0;
  std::string name;
  std::string prefix;  // the secret's first characters, to tell tokens apart
  std::string routes;  // "METHOD pattern" a line; empty for every route of the role
  std::string expires_on;
  std::string created_at;
  long long created_by = 0;
  std::string revoked_at;      // empty while in force
  long long last_used_at = 0;  // unix seconds, 0 never
  std::string last_used_from;
};

std::optional<TokenRow> find_by_hash(soci::session& s, const std::string& token_hash);
std::optional<TokenRow> find(soci::session& s, long long id);
// The tokens of the given users, by user and then newest first.
std::vector<TokenRow> of_users(soci::session& s, const std::vector<long long>& user_ids);
long long insert(soci::session& s, const TokenRow& t, const std::string& token_hash);
// Returns false when it was revoked already.
bool revoke(soci::session& s, long long id, const std::string& now, long long by);
// Every token of the user still in force (its account disabled).
void revoke_all_of_user(soci::session& s, long long user_id, const std::string& now, long long by);
void touch(soci::session& s, long long id, long long now, const std::string& client);

}  // namespace jixiao::auth::token_repo
