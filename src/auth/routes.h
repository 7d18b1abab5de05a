// HTTP binding for sessions and the current user, and the guard every protected route uses.
#pragma once

#include <functional>
#include <optional>

#include "auth/model.h"
#include "auth/service.h"
#include "auth/token_service.h"
#include "http/router.h"

namespace jixiao::auth {

inline constexpr const char* kSessionCookie = "jixiao_session";

using GuardedHandler = std::function<http::Response(http::Request&, const Principal&)>;
using FastGuardedHandler =
    std::function<std::optional<http::Response>(http::Request&, const Principal&)>;

using GuardedAdmission = std::function<void(http::Request&, const Principal&)>;

struct GuardOptions {
  // Routes of the caller's own session and password (me, logout, password): open before an
  // admin-issued password is changed, and to a read-only role.
  bool while_password_change_pending = false;
  // A state-changing method that writes nothing (a lint of a draft): open to a read-only role.
  bool writes_nothing = false;
  // What the route itself can refuse from the header, once the caller is known (may it write
  // to the document named in the query?), before a large body is read.
  GuardedAdmission admit;
};

// Authenticates the caller from the session cookie, checks the CSRF header on every
// state-changing request, and only then runs the handler. A request with an
// "Authorization: Bearer" API token is a service account's: no cookie and no CSRF header (a
// browser never sends the header by itself), the token's route limits checked instead; a token
// in the query string is refused whatever else the request carries. The same checks are the route's
// admission (http::Admission): a body is not read for a caller they refuse.
class Guard {
 public:
  explicit Guard(AuthService& auth, TokenAuth* tokens = nullptr) : auth_(auth), tokens_(tokens) {}
  http::Handler operator()(GuardedHandler handler, GuardOptions options = {}) const;
  // The fast form of a read (http::FastHandler): a GET whose caller is known without the
  // database (AuthService::authenticate_cached) and needs nothing first; anything else
  // declines, and the route's guarded handler answers.
  http::FastHandler fast(FastGuardedHandler handler) const;

 private:
  // The caller, once authenticated, its CSRF token and pending password change checked.
  Principal check(http::Request& req, const GuardOptions& options) const;

  AuthService& auth_;
  TokenAuth* tokens_;
};

boost::json::object principal_json(const Principal& p);

// The session cookie as set (max_age seconds; an empty value and 0 clear it).
std::string session_cookie(const http::Request& req, const std::string& value, int max_age);

void add_auth_routes(http::Router& router, AuthService& auth, const Guard& guard);

}  // namespace jixiao::auth
