// Requests of service accounts authenticated by an API token (Authorization: Bearer): the token
// behind its hash, kept like sessions under the data version (a revoke is a commit, so it takes
// effect at once here and within 0.1 s on another server), its last use written at most once a
// minute aside from the data version, and every refusal counted by reason for /metrics.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "auth/model.h"
#include "auth/repo.h"
#include "auth/session_cache.h"
#include "auth/token_repo.h"
#include "base/clock.h"
#include "db/database.h"

namespace jixiao::auth {

class TokenAuth {
 public:
  enum class Failure { malformed, unknown, expired, revoked, disabled, route, query, count_ };

  explicit TokenAuth(db::Database& db, std::function<std::int64_t()> clock = now_unix)
      : db_(db), clock_(std::move(clock)) {}

  // The service account behind the token, for a request to route (route_key: "METHOD pattern")
  // from client. Throws 401 for a malformed, unknown, expired or revoked token or a disabled
  // account, 403 for a route the token is not limited to.
  Principal authenticate(const std::string& token, const std::string& route,
                         const std::string& client);
  // The same when it is known without the database and no use is due to be written; nullopt
  // otherwise (and for any refusal: authenticate() then refuses and counts it).
  std::optional<Principal> authenticate_cached(const std::string& token, const std::string& route);
  // A token sent in the query string (parameter name): counted and refused (401).
  [[noreturn]] void refuse_in_query(const std::string& name);

  // Refusals so far by reason, as `reason="expired"` label text and count.
  std::vector<std::pair<std::string, double>> failures() const;

  static constexpr long long kTouchSeconds = 60;

 private:
  struct Kept {
    token_repo::TokenRow token;
    repo::SessionRow account;
  };
  [[noreturn]] void refuse(Failure why, const std::string& detail_extra = {});
  // Why a kept token may not serve route today, if it may not.
  std::optional<Failure> problem(const Kept& k, const std::string& route) const;

  db::Database& db_;
  std::function<std::int64_t()> clock_;
  KeptRows<Kept> kept_;
  std::array<std::atomic<std::uint64_t>, static_cast<std::size_t>(Failure::count_)> failures_{};
};

}  // namespace jixiao::auth
