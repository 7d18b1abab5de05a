#include "auth/token.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>

#include "base/crypto.h"
#include "base/date.h"

namespace jixiao::auth {

std::string make_token() { return std::string(kTokenPrefix) + random_hex(kTokenHexChars / 2); }

bool well_formed_token(std::string_view token) {
  if (token.size() != kTokenPrefix.size() + kTokenHexChars || !token.starts_with(kTokenPrefix))
    return false;
  return std::all_of(token.begin() + kTokenPrefix.size(), token.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::optional<std::string> bearer_token(std::string_view authorization) {
  if (authorization.empty()) return std::nullopt;
  constexpr std::string_view kScheme = "bearer ";
  if (authorization.size() < kScheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    const char c = authorization[i];
    if ((c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) != kScheme[i]) return std::nullopt;
  }
  std::string_view token = authorization.substr(kScheme.size());
  while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
  while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
  return well_formed_token(token) ? std::string(token) : std::string();
}

std::optional<std::string> token_in_query(
    const std::vector<std::pair<std::string, std::string>>& query) {
  static constexpr std::array<std::string_view, 8> kNames = {
      "access_token", "token", "api_key", "apikey", "api_token", "bearer", "auth", "key"};
  for (const auto& [name, value] : query) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (std::find(kNames.begin(), kNames.end(), lower) != kNames.end() ||
        value.starts_with(kTokenPrefix))
      return name;
  }
  return std::nullopt;
}

std::string route_key(std::string_view method, std::string_view pattern) {
  return std::string(method) + " " + std::string(pattern);
}

std::string join_routes(const std::vector<std::string>& routes) {
  std::string out;
  for (const auto& r : routes) {
    if (!out.empty()) out += '\n';
    out += r;
  }
  return out;
}

std::vector<std::string> split_routes(std::string_view stored) {
  std::vector<std::string> out;
  while (!stored.empty()) {
    const auto end = stored.find('\n');
    out.emplace_back(stored.substr(0, end));
    if (end == std::string_view::npos) break;
    stored.remove_prefix(end + 1);
  }
  return out;
}

bool route_allowed(std::string_view stored, std::string_view key) {
  if (stored.empty()) return true;
  while (!stored.empty()) {
    const auto end = stored.find('\n');
    if (stored.substr(0, end) == key) return true;
    if (end == std::string_view::npos) break;
    stored.remove_prefix(end + 1);
  }
  return false;
}

std::optional<std::string> expiry_problem(std::string_view expires_on, std::string_view today) {
  const auto until = parse_iso_date(expires_on);
  if (!until) return "有效期须为 YYYY-MM-DD 格式的日期";
  const auto now = parse_iso_date(today);
  if (now && *until <= *now) return "有效期须晚于今天";
  if (now) {
    using namespace std::chrono;
    year_month_day limit = *now + years(kTokenMaxYears);
    if (!limit.ok()) limit = year_month_day{limit.year() / limit.month() / last};  // 29 February
    if (*until > limit) return "有效期最长 " + std::to_string(kTokenMaxYears) + " 年";
  }
  return std::nullopt;
}

}  // namespace jixiao::auth
