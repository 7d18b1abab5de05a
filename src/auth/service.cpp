#include "auth/service.h"

#include <algorithm>

#include "audit/log.h"
#include "auth/repo.h"
#include "base/clock.h"
#include "base/crypto.h"
#include "base/error.h"

namespace jixiao::auth {

namespace {

AppError unauthenticated(std::string code, std::string detail) {
  return AppError(ErrorKind::unauthenticated, std::move(code), std::move(detail));
}

audit::Entry account_event(long long user_id, const std::string& username, long long region_id,
                           const char* action) {
  auth::Principal me;
  me.user_id = user_id;
  me.username = username;
  return audit::entry(me, action, "user", user_id, region_id);
}

}  // namespace

AuthService::AuthService(db::Database& db, AuthOptions options)
    : db_(db), options_(std::move(options)) {
  dummy_hash();  // made now, so that not even the first unknown name takes longer
}

LoginResult AuthService::login(const std::string& username, const std::string& password) {
  // A name that is no active account (unknown, or disabled) takes the very path of a wrong
  // password: its failures are counted and locked in login_failures, and its password is
  // checked against a hash of the same cost, so neither the answer nor its time tells it apart.
  struct Found {
    std::optional<repo::Credentials> creds;
    long long locked_until = 0;
  };
  const Found found = db_.read([&](soci::session& s) {
    Found f;
    f.creds = repo::find_credentials(s, username);
    if (f.creds && !f.creds->active) f.creds.reset();
    f.locked_until = f.creds ? f.creds->locked_until : repo::name_locked_until(s, username);
    return f;
  });
  const auto& creds = found.creds;
  const long long now = options_.clock();
  if (found.locked_until > now) {
    const long long minutes = (found.locked_until - now + 59) / 60;
    throw AppError(ErrorKind::locked, "account_locked",
                   "连续登录失败次数过多，账户已锁定，请 " + std::to_string(minutes) +
                       " 分钟后再试或联系管理员解锁");
  }
  const bool right = verify_password(password, creds ? creds->password_hash : dummy_hash());
  if (!right || !creds) {
    const long long failures = db_.write([&](soci::session& s) {
      const long long lock_seconds = options_.lock_minutes * 60LL;
      return creds ? repo::record_failed_login(s, creds->id, now, options_.max_failed_logins,
                                               lock_seconds)
                   : repo::record_failed_name(s, username, now, options_.max_failed_logins,
                                              lock_seconds);
    });
    if (failures >= options_.max_failed_logins)
      throw AppError(ErrorKind::locked, "account_locked",
                     "连续登录失败 " + std::to_string(options_.max_failed_logins) +
                         " 次，账户已锁定 " + std::to_string(options_.lock_minutes) + " 分钟");
    throw unauthenticated("bad_credentials", "用户名或密码错误");
  }
  LoginResult result;
  result.session_token = random_hex(32);
  const std::string token_hash = sha256_hex(result.session_token);
  const std::string csrf = random_hex(16);
  db_.write([&](soci::session& s) {
    repo::record_successful_login(s, creds->id);
    repo::delete_idle_sessions(s, creds->id, now - options_.idle_minutes * 60LL,
                               now - options_.max_hours * 3600LL);
    repo::insert_session(s, token_hash, creds->id, csrf, now);
    audit::append(s, db_.dialect(),
                  account_event(creds->id, creds->username, creds->region_id, "login"));
  });
  result.principal = authenticate(result.session_token);
  return result;
}

void AuthService::logout(const std::string& session_token) {
  if (session_token.empty()) return;
  const std::string token_hash = sha256_hex(session_token);
  db_.write([&](soci::session& s) { repo::delete_session(s, token_hash); });
}

long long AuthService::touch_interval() const {
  return std::max(1LL, std::min(options_.touch_seconds, options_.idle_minutes * 60LL / 4));
}

Principal AuthService::authenticate(const std::string& session_token) {
  if (session_token.empty()) throw unauthenticated("unauthenticated", "请先登录");
  const std::string token_hash = sha256_hex(session_token);
  const std::string version = db_.data_version();
  auto row = sessions_.find(token_hash, version);
  if (!row) {
    row = db_.read([&](soci::session& s) { return repo::find_session(s, token_hash); });
    if (!row) throw unauthenticated("unauthenticated", "请先登录");
    sessions_.store(token_hash, version, *row);
  }
  const long long now = options_.clock();
  const bool idle = now - row->last_seen_at > options_.idle_minutes * 60LL;
  const bool old = now - row->created_at >= options_.max_hours * 3600LL;
  if (!row->active || idle || old) {
    db_.write([&](soci::session& s) { repo::delete_session(s, token_hash); });
    throw unauthenticated(
        "session_expired",
        !row->active ? "账户已停用，请联系管理员"
        : idle       ? "长时间未操作，会话已超时，请重新登录"
               : "登录已超过 " + std::to_string(options_.max_hours) + " 小时，请重新登录");
  }
  // Most requests only read: the session clock is written at most once a minute, aside from
  // the data version (kept pages do not depend on it), and the kept session carries it.
  if (now - row->last_seen_at >= touch_interval()) {
    db_.write_aside([&](soci::session& s) { repo::touch_session(s, token_hash, now); });
    row->last_seen_at = now;
    sessions_.store(token_hash, version, *row);
  }
  return row->principal;
}

std::optional<Principal> AuthService::authenticate_cached(const std::string& session_token) {
  if (session_token.empty()) return std::nullopt;
  const auto version = db_.recent_data_version();
  if (!version) return std::nullopt;
  const std::string token_hash = sha256_hex(session_token);
  const auto row = sessions_.find(token_hash, *version);
  if (!row || !row->active) return std::nullopt;
  const long long now = options_.clock();
  if (now - row->last_seen_at >= touch_interval()) return std::nullopt;           // a write is due
  if (now - row->created_at >= options_.max_hours * 3600LL) return std::nullopt;  // it ends
  return row->principal;
}

const std::string& AuthService::dummy_hash() {
  std::call_once(dummy_once_,
                 [this] { dummy_hash_ = hash_password(random_hex(16), options_.password); });
  return dummy_hash_;
}

Principal AuthService::principal_for(const std::string& username) {
  auto p = db_.read([&](soci::session& s) { return repo::find_principal(s, username); });
  if (!p) throw not_found("用户不存在或已停用：" + username);
  return *p;
}

void AuthService::change_password(const Principal& me, const std::string& current,
                                  const std::string& next, const std::string& session_token) {
  const auto creds =
      db_.read([&](soci::session& s) { return repo::find_credentials_by_id(s, me.user_id); });
  if (!creds) throw not_found();
  if (!verify_password(current, creds->password_hash))
    throw invalid("current_password", "当前密码不正确");
  if (auto why = password_rule_violation(next)) throw invalid("new_password", *why);
  if (current == next) throw invalid("new_password", "新密码不能与当前密码相同");
  const std::string hash = hash_password(next, options_.password);
  db_.write([&](soci::session& s) {
    repo::set_password(s, me.user_id, hash, false);
    // Whoever else held a session of this account (the reason to change it, often) is out.
    repo::delete_other_sessions(s, me.user_id, sha256_hex(session_token));
    audit::append(s, db_.dialect(),
                  account_event(me.user_id, me.username, me.region_id, "change_password"));
  });
}

}  // namespace jixiao::auth
