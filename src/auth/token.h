// API tokens of service accounts (接口账号), as pure rules: their form, where a request carries
// one, the routes one is limited to and its last day of validity.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao::auth {

// "jxt_" and 48 lower-case hex characters (192 random bits): the prefix tells a leaked secret
// for what it is (secret scanners, logs), the rest is what is guessed.
inline constexpr std::string_view kTokenPrefix = "jxt_";
inline constexpr std::size_t kTokenHexChars = 48;
// The longest a token may be valid: two years from the day it is issued.
inline constexpr int kTokenMaxYears = 2;

// A new secret (random).
std::string make_token();
bool well_formed_token(std::string_view token);
// The token of an "Authorization: Bearer <token>" header (the scheme in any case); nullopt for
// no header or another scheme; "" for a bearer header whose token is malformed.
std::optional<std::string> bearer_token(std::string_view authorization);
// The query parameter that carries a token (access_token, token, api_key, ...), if any: a
// token in a URL lands in proxies' and browsers' logs, so such a request is refused whole.
std::optional<std::string> token_in_query(
    const std::vector<std::pair<std::string, std::string>>& query);
// The key a route limit names: "POST /api/v1/executions:import" (as `jixiao routes` lists it).
std::string route_key(std::string_view method, std::string_view pattern);
// Limits are stored one a line; an empty list lets every route of the role.
std::string join_routes(const std::vector<std::string>& routes);
std::vector<std::string> split_routes(std::string_view stored);
bool route_allowed(std::string_view stored, std::string_view key);
// Why expires_on ("YYYY-MM-DD", the last day the token works) cannot be given on day `today`:
// not a date, not after today, or more than kTokenMaxYears ahead; nullopt when it can.
std::optional<std::string> expiry_problem(std::string_view expires_on, std::string_view today);
// Has a token whose last day is expires_on ended on day `today`? (ISO dates compare as text.)
inline bool token_expired(std::string_view expires_on, std::string_view today) {
  return today > expires_on;
}

}  // namespace jixiao::auth
