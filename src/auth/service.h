// Logging in and out, sessions with an idle timeout, lock-out, and password changes.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include "auth/model.h"
#include "auth/password.h"
#include "auth/session_cache.h"
#include "base/clock.h"
#include "db/database.h"

namespace jixiao::auth {

struct AuthOptions {
  int idle_minutes = 30;         // a session ends after this long without a request
  int max_hours = 12;            // ... and this long after its login, however much in use
  int max_failed_logins = 5;     // failures in a row before the account locks
  int lock_minutes = 15;         // how long it stays locked
  long long touch_seconds = 60;  // last_seen_at is written at most this often per session
  PasswordOptions password;
  std::function<std::int64_t()> clock = now_unix;  // unix seconds (tests move it)
};

struct LoginResult {
  Principal principal;
  std::string session_token;  // goes into the cookie; only its hash is stored
};

class AuthService {
 public:
  AuthService(db::Database& db, AuthOptions options);

  LoginResult login(const std::string& username, const std::string& password);
  void logout(const std::string& session_token);
  // The caller behind a session cookie; throws unauthenticated when missing or expired.
  Principal authenticate(const std::string& session_token);
  // The same caller when it is known without touching the database (its session read under the
  // current data version, and not due to be touched or ended); nullopt otherwise, and then
  // authenticate() decides.
  std::optional<Principal> authenticate_cached(const std::string& session_token);
  // The user changes their own password (required after an admin-issued one); every other
  // session of theirs ends, the one it was changed in (session_token) stays.
  void change_password(const Principal& me, const std::string& current, const std::string& next,
                       const std::string& session_token);

  // Acts as a named, active user (command-line import); throws not_found.
  Principal principal_for(const std::string& username);

  const AuthOptions& options() const { return options_; }
  // How often a session in use has its clock written: once a minute, and four times within the
  // idle timeout, so that a session in use never looks idle and an idle one ends within a
  // quarter of the timeout (at most a minute) of it.
  long long touch_interval() const;
  // The hash a password is checked against when the name is no active account: made once, at
  // the cost of the accounts' own (options().password), so that the check takes their time.
  const std::string& dummy_hash();

 private:
  db::Database& db_;
  AuthOptions options_;
  SessionCache sessions_;
  std::once_flag dummy_once_;
  std::string dummy_hash_;
};

}  // namespace jixiao::auth
