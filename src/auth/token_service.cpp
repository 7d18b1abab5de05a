#include "auth/token_service.h"

#include "auth/token.h"
#include "base/crypto.h"
#include "base/error.h"

namespace jixiao::auth {

namespace {

constexpr std::array<const char*, static_cast<std::size_t>(TokenAuth::Failure::count_)> kReasons = {
    "malformed", "unknown", "expired", "revoked", "disabled", "route", "query"};

std::string today(std::int64_t now) { return format_iso(now).substr(0, 10); }

}  // namespace

void TokenAuth::refuse(Failure why, const std::string& extra) {
  ++failures_[static_cast<std::size_t>(why)];
  switch (why) {
    case Failure::route:
      throw AppError(ErrorKind::forbidden, "token_route", "该接口令牌不能调用此接口：" + extra);
    case Failure::expired:
      throw AppError(ErrorKind::unauthenticated, "token_expired",
                     "接口令牌已过期，请联系管理员重新签发");
    case Failure::revoked:
      throw AppError(ErrorKind::unauthenticated, "token_revoked", "接口令牌已吊销");
    case Failure::disabled:
      throw AppError(ErrorKind::unauthenticated, "token_revoked", "接口账号已停用");
    case Failure::query:
      throw AppError(
          ErrorKind::unauthenticated, "token_in_query",
          "接口令牌不能放在网址参数（" + extra + "）中，请用请求头 Authorization: Bearer 发送");
    default:
      throw AppError(ErrorKind::unauthenticated, "token_invalid", "接口令牌无效");
  }
}

void TokenAuth::refuse_in_query(const std::string& name) { refuse(Failure::query, name); }

std::optional<TokenAuth::Failure> TokenAuth::problem(const Kept& k,
                                                     const std::string& route) const {
  if (!k.token.revoked_at.empty()) return Failure::revoked;
  if (!k.account.active) return Failure::disabled;
  if (token_expired(k.token.expires_on, today(clock_()))) return Failure::expired;
  if (!route_allowed(k.token.routes, route)) return Failure::route;
  return std::nullopt;
}

Principal TokenAuth::authenticate(const std::string& token, const std::string& route,
                                  const std::string& client) {
  if (!well_formed_token(token)) refuse(Failure::malformed);
  const std::string hash = sha256_hex(token);
  const std::string version = db_.data_version();
  auto kept = kept_.find(hash, version);
  if (!kept) {
    kept = db_.read([&](soci::session& s) -> std::optional<Kept> {
      auto t = token_repo::find_by_hash(s, hash);
      if (!t) return std::nullopt;
      auto account = repo::find_principal_by_id(s, t->user_id);
      if (!account) return std::nullopt;
      return Kept{std::move(*t), std::move(*account)};
    });
    if (!kept) refuse(Failure::unknown);
    kept_.store(hash, version, *kept);
  }
  if (const auto why = problem(*kept, route)) refuse(*why, route);
  // The last use is written at most once a minute, aside from the data version (kept pages and
  // sessions stay), and the kept token carries it.
  const long long now = clock_();
  if (now - kept->token.last_used_at >= kTouchSeconds) {
    db_.write_aside([&](soci::session& s) { token_repo::touch(s, kept->token.id, now, client); });
    kept->token.last_used_at = now;
    kept->token.last_used_from = client;
    kept_.store(hash, version, *kept);
  }
  Principal me = kept->account.principal;
  me.token_id = kept->token.id;
  me.must_change_password = false;
  return me;
}

std::optional<Principal> TokenAuth::authenticate_cached(const std::string& token,
                                                        const std::string& route) {
  if (!well_formed_token(token)) return std::nullopt;
  const auto version = db_.recent_data_version();
  if (!version) return std::nullopt;
  const auto kept = kept_.find(sha256_hex(token), *version);
  if (!kept || problem(*kept, route)) return std::nullopt;
  if (clock_() - kept->token.last_used_at >= kTouchSeconds) return std::nullopt;  // a write due
  Principal me = kept->account.principal;
  me.token_id = kept->token.id;
  me.must_change_password = false;
  return me;
}

std::vector<std::pair<std::string, double>> TokenAuth::failures() const {
  std::vector<std::pair<std::string, double>> out;
  for (std::size_t i = 0; i < kReasons.size(); ++i)
    out.emplace_back(std::string("reason=\"") + kReasons[i] + "\"",
                     static_cast<double>(failures_[i].load()));
  return out;
}

}  // namespace jixiao::auth
