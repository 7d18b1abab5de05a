#include "accounts/service_accounts.h"

#include <algorithm>
#include <boost/json.hpp>
#include <tuple>

#include "accounts/access.h"
#include "accounts/json.h"
#include "accounts/repo.h"
#include "audit/log.h"
#include "auth/token.h"
#include "base/clock.h"
#include "base/crypto.h"
#include "base/cursor.h"
#include "base/error.h"
#include "base/text.h"
#include "org/repo.h"

namespace jixiao::accounts {

namespace {

using auth::Principal;
using auth::Role;
using auth::token_repo::TokenRow;

// Integrations are the administrator's: the office and every other role get 403.
void require_admin(const Principal& me) {
  if (me.role != Role::admin) throw forbidden("只有系统管理员可以管理接口账号");
}

// A service account the caller may see (404 otherwise, a person's account too) and, when write
// is set, manage.
User visible_account(soci::session& s, const Principal& me, long long id, bool write) {
  require_admin(me);
  User u = visible_user(s, me, id, write);
  if (u.kind != "service") throw not_found("接口账号不存在或无权访问");
  return u;
}

// The secret is never in an entry: the token's name, limits and days are.
std::string token_audit_json(const TokenRow& t) {
  return boost::json::serialize(
      boost::json::object{{"id", t.id},
                          {"user_id", t.user_id},
                          {"name", t.name},
                          {"prefix", t.prefix},
                          {"routes", t.routes},
                          {"expires_on", t.expires_on},
                          {"revoked_at", t.revoked_at.empty() ? boost::json::value(nullptr)
                                                              : boost::json::value(t.revoked_at)}});
}

void audit_token(soci::session& s, db::Dialect d, long long actor_id, const std::string& actor,
                 const char* action, const std::optional<TokenRow>& before, const TokenRow& after,
                 long long region_id) {
  Principal who;
  who.user_id = actor_id;
  who.username = actor;
  auto e = audit::entry(who, action, "api_token", after.id, region_id);
  if (before) e.before_json = token_audit_json(*before);
  e.after_json = token_audit_json(after);
  audit::append(s, d, e);
}

}  // namespace

ServiceAccountPage ServiceAccountService::list(const Principal& me, const UserFilter& filter) {
  require_admin(me);
  UserFilter f = filter;
  f.kind = "service";
  const auto scope = auth::read_scope(me);
  return db_.read([&](soci::session& s) {
    ServiceAccountPage page;
    auto users = repo::list(s, f, scope);
    if (users.size() > static_cast<std::size_t>(f.limit)) {
      users.resize(f.limit);
      page.next_cursor = encode_cursor("", users.back().id);
    }
    std::vector<long long> ids;
    for (const auto& u : users) ids.push_back(u.id);
    auto tokens = auth::token_repo::of_users(s, ids);
    for (auto& u : users) {
      ServiceAccount a{std::move(u), {}};
      for (const auto& t : tokens)
        if (t.user_id == a.user.id) a.tokens.push_back(t);
      page.items.push_back(std::move(a));
    }
    page.total = repo::count(s, f, scope);
    return page;
  });
}

ServiceAccount ServiceAccountService::get(const Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    ServiceAccount a{visible_account(s, me, id, false), {}};
    a.tokens = auth::token_repo::of_users(s, {id});
    return a;
  });
}

ServiceAccount ServiceAccountService::create_as(
    long long actor_id, const std::string& actor, const UserInput& in,
    const std::function<void(soci::session&, const User&)>& check) {
  validate_input(in);
  for (auto [present, field, label] : {std::tuple{in.username.has_value(), "username", "用户名"},
                                       {in.display_name.has_value(), "display_name", "名称"},
                                       {in.role.has_value(), "role", "角色"}})
    if (!present) throw invalid(field, std::string("缺少必填字段：") + label);
  // A token is a secret that leaves the building: it never carries the power to manage accounts.
  if (*in.role == "admin") throw invalid("role", "接口账号不能是系统管理员");
  return db_.write([&](soci::session& s) {
    User u;
    u.username = *in.username;
    apply_input(u, in);
    check(s, u);
    resolve_placement(s, u);
    if (repo::username_taken(s, u.username))
      throw conflict("duplicate_username", "用户名已被使用", "username");
    u.kind = "service";
    u.must_change_password = false;
    u.created_at = u.updated_at = now_iso();
    // No password: "!" is no hash a password verifies against, and the login finds persons only.
    u.id = repo::insert(s, u, "!");
    const User saved = *repo::find(s, u.id);
    Principal who;
    who.user_id = actor_id;
    who.username = actor;
    auto e = audit::entry(who, "create", "user", saved.id, saved.region_id);
    e.after_json = boost::json::serialize(user_json(saved));
    audit::append(s, db_.dialect(), e);
    return ServiceAccount{saved, {}};
  });
}

ServiceAccount ServiceAccountService::create(const Principal& me, const UserInput& in) {
  require_admin(me);
  UserInput placed = in;
  if (!placed.region_id) placed.region_id = me.region_id;
  return create_as(me.user_id, me.username, placed, [&](soci::session& s, const User& u) {
    const auto region = org::repo::find_region(s, u.region_id);
    if (!region || !may_manage_region(me, *region))
      throw invalid("region_id", "地区不存在或不在您的管理范围内");
  });
}

ServiceAccount ServiceAccountService::create_by_system(const UserInput& in) {
  if (!in.region_id) throw invalid("region_id", "缺少必填字段：地区");
  return create_as(0, "system", in, [](soci::session& s, const User& u) {
    if (!org::repo::find_region(s, u.region_id)) throw invalid("region_id", "地区不存在");
  });
}

IssuedToken ServiceAccountService::issue_as(
    long long actor_id, const std::string& actor, long long account_id, const TokenRequest& in,
    const std::function<void(soci::session&, const User&)>& check) {
  if (in.name.empty() || utf8_length(in.name) > 50)
    throw invalid("name", "令牌名称不能为空，且不超过 50 个字");
  if (const auto why = auth::expiry_problem(in.expires_on, now_iso().substr(0, 10)))
    throw invalid("expires_on", *why);
  std::vector<std::string> limits;
  for (const auto& r : in.routes) {
    if (std::find(routes_.begin(), routes_.end(), r) == routes_.end())
      throw invalid("routes", "没有这个接口，或它不能由接口令牌调用：" + r);
    if (std::find(limits.begin(), limits.end(), r) == limits.end()) limits.push_back(r);
  }
  IssuedToken out;
  out.secret = auth::make_token();
  out.token = db_.write([&](soci::session& s) {
    const auto account = repo::find(s, account_id);
    if (!account || account->kind != "service") throw not_found("接口账号不存在或无权访问");
    check(s, *account);
    if (!account->active) throw invalid("id", "接口账号已停用，不能签发令牌");
    TokenRow t;
    t.user_id = account_id;
    t.name = in.name;
    t.prefix = out.secret.substr(0, auth::kTokenPrefix.size() + 6);
    t.routes = auth::join_routes(limits);
    t.expires_on = in.expires_on;
    t.created_at = now_iso();
    t.created_by = actor_id;
    t.id = auth::token_repo::insert(s, t, sha256_hex(out.secret));
    audit_token(s, db_.dialect(), actor_id, actor, "issue_token", std::nullopt, t,
                account->region_id);
    return t;
  });
  return out;
}

IssuedToken ServiceAccountService::issue(const Principal& me, long long account_id,
                                         const TokenRequest& in) {
  require_admin(me);
  return issue_as(me.user_id, me.username, account_id, in,
                  [&](soci::session& s, const User&) { visible_account(s, me, account_id, true); });
}

IssuedToken ServiceAccountService::issue_by_system(long long account_id, const TokenRequest& in) {
  return issue_as(0, "system", account_id, in, [](soci::session&, const User&) {});
}

TokenRow ServiceAccountService::revoke(const Principal& me, long long token_id) {
  require_admin(me);
  return db_.write([&](soci::session& s) {
    const auto before = auth::token_repo::find(s, token_id);
    if (!before) throw not_found("接口令牌不存在或无权访问");
    const User account = [&] {
      try {
        return visible_account(s, me, before->user_id, true);
      } catch (const AppError& e) {
        // Another region's token is not found, whatever its account's answer says.
        if (e.kind() == ErrorKind::not_found) throw not_found("接口令牌不存在或无权访问");
        throw;
      }
    }();
    return revoke_in(s, me.user_id, me.username, *before, account.region_id);
  });
}

TokenRow ServiceAccountService::revoke_by_system(long long token_id) {
  return db_.write([&](soci::session& s) {
    const auto before = auth::token_repo::find(s, token_id);
    if (!before) throw not_found("接口令牌不存在");
    return revoke_in(s, 0, "system", *before, repo::find(s, before->user_id)->region_id);
  });
}

TokenRow ServiceAccountService::revoke_in(soci::session& s, long long actor_id,
                                          const std::string& actor, const TokenRow& before,
                                          long long region_id) {
  // Revoking twice changes nothing and says so by the answer (revoked_at as first set).
  if (!auth::token_repo::revoke(s, before.id, now_iso(), actor_id)) return before;
  const TokenRow after = *auth::token_repo::find(s, before.id);
  audit_token(s, db_.dialect(), actor_id, actor, "revoke_token", before, after, region_id);
  return after;
}

const std::vector<std::string>& ServiceAccountService::routes(const Principal& me) const {
  require_admin(me);
  return routes_;
}

}  // namespace jixiao::accounts
