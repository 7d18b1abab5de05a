// SQL for accounts and sessions. Every function runs on a session the service provides.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>

#include "auth/model.h"

namespace jixiao::auth::repo {

struct Credentials {
  long long id = 0;
  std::string username;
  std::string password_hash;
  long long failed_logins = 0;
  long long locked_until = 0;  // unix seconds
  bool active = true;
  long long region_id = 0;
};

std::optional<Credentials> find_credentials(soci::session& s, const std::string& username);
std::optional<Credentials> find_credentials_by_id(soci::session& s, long long user_id);
// Counts a failure and locks the account for lock_seconds once max_failures is reached.
// Returns the failures counted so far.
long long record_failed_login(soci::session& s, long long user_id, long long now, int max_failures,
                              long long lock_seconds);
void record_successful_login(soci::session& s, long long user_id);

// Names that are no active account (unknown, or disabled) count failures and lock alike, in a
// table of their own, so that the answers do not tell them from real accounts.
long long name_locked_until(soci::session& s, const std::string& username);
long long record_failed_name(soci::session& s, const std::string& username, long long now,
                             int max_failures, long long lock_seconds);

void insert_session(soci::session& s, const std::string& token_hash, long long user_id,
                    const std::string& csrf_token, long long now);
void delete_session(soci::session& s, const std::string& token_hash);
// The user's sessions idle since idle_before or begun before created_before (both over).
void delete_idle_sessions(soci::session& s, long long user_id, long long idle_before,
                          long long created_before);
void delete_sessions_of_user(soci::session& s, long long user_id);
void delete_other_sessions(soci::session& s, long long user_id, const std::string& keep_hash);

struct SessionRow {
  Principal principal;
  long long last_seen_at = 0;
  long long created_at = 0;  // the login
  bool active = true;
};
std::optional<SessionRow> find_session(soci::session& s, const std::string& token_hash);
// A user's identity without a session (command-line tools acting as that user).
std::optional<Principal> find_principal(soci::session& s, const std::string& username);
// Any user's identity by id, active or not (row.active says): a token's service account.
std::optional<SessionRow> find_principal_by_id(soci::session& s, long long user_id);
void touch_session(soci::session& s, const std::string& token_hash, long long now);

void set_password(soci::session& s, long long user_id, const std::string& hash, bool must_change);

}  // namespace jixiao::auth::repo
