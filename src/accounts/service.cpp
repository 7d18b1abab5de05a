#include "accounts/service.h"

#include <boost/json.hpp>

#include "accounts/access.h"
#include "accounts/json.h"
#include "accounts/repo.h"
#include "audit/log.h"
#include "auth/repo.h"
#include "auth/token_repo.h"
#include "base/clock.h"
#include "base/cursor.h"
#include "base/error.h"
#include "base/text.h"
#include "org/repo.h"

namespace jixiao::accounts {

namespace {

using auth::Principal;
using auth::Role;

void audit(soci::session& s, db::Dialect d, long long actor_id, const std::string& actor,
           const char* action, const std::optional<User>& before, const User& after) {
  auth::Principal me;
  me.user_id = actor_id;
  me.username = actor;
  auto e = audit::entry(me, action, "user", after.id, after.region_id);
  if (before) e.before_json = boost::json::serialize(user_json(*before));
  e.after_json = boost::json::serialize(user_json(after));
  audit::append(s, d, e);
}

}  // namespace

UserPage AccountService::list(const Principal& me, const UserFilter& filter) {
  require_manager(me);
  const auto scope = auth::read_scope(me);
  return db_.read([&](soci::session& s) {
    UserPage page;
    page.items = repo::list(s, filter, scope);
    if (page.items.size() > static_cast<std::size_t>(filter.limit)) {
      page.items.resize(filter.limit);
      page.next_cursor = encode_cursor("", page.items.back().id);
    }
    page.total = repo::count(s, filter, scope);
    return page;
  });
}

User AccountService::get(const Principal& me, long long id) {
  return db_.read([&](soci::session& s) { return visible_user(s, me, id, false); });
}

IssuedUser AccountService::create(const Principal& me, const UserInput& in) {
  require_manager(me);
  validate_input(in);
  for (auto [present, field, label] : {std::tuple{in.username.has_value(), "username", "用户名"},
                                       {in.display_name.has_value(), "display_name", "姓名"},
                                       {in.role.has_value(), "role", "角色"}})
    if (!present) throw invalid(field, std::string("缺少必填字段：") + label);
  if (*in.role == "admin" && me.role != Role::admin)
    throw forbidden("只有系统管理员可以创建管理员账号");
  IssuedUser out;
  out.initial_password = auth::generate_password();
  const std::string hash = auth::hash_password(out.initial_password, password_);
  out.user = db_.write([&](soci::session& s) {
    User u;
    u.username = *in.username;
    u.region_id = me.region_id;
    apply_input(u, in);
    auto region = org::repo::find_region(s, u.region_id);
    if (!region || !may_manage_region(me, *region))
      throw invalid("region_id", "地区不存在或不在您的管理范围内");
    resolve_placement(s, u);
    if (repo::username_taken(s, u.username))
      throw conflict("duplicate_username", "用户名已被使用", "username");
    u.must_change_password = true;
    u.created_at = u.updated_at = now_iso();
    u.id = repo::insert(s, u, hash);
    const User saved = *repo::find(s, u.id);
    audit(s, db_.dialect(), me.user_id, me.username, "create", std::nullopt, saved);
    return saved;
  });
  return out;
}

User AccountService::update(const Principal& me, long long id, long long version,
                            const UserInput& in) {
  validate_input(in);
  if (in.username) throw invalid("username", "用户名不能修改");
  return db_.write([&](soci::session& s) {
    const User before = visible_user(s, me, id, true);
    if (in.role && *in.role == "admin" && me.role != Role::admin)
      throw forbidden("只有系统管理员可以授予管理员角色");
    if (in.role && *in.role == "admin" && before.kind == "service")
      throw invalid("role", "接口账号不能是系统管理员");
    if (id == me.user_id && in.role && *in.role != before.role)
      throw forbidden("不能修改自己的角色");
    User u = before;
    apply_input(u, in);
    // A role without a unit or section drops the old placement instead of refusing it.
    const Role role = *auth::parse_role(u.role);
    if (role != Role::department && role != Role::unit && !in.unit_id) u.unit_id = 0;
    if (role != Role::business_section && !in.section_id) u.section_id = 0;
    auto region = org::repo::find_region(s, u.region_id);
    if (!region || !may_manage_region(me, *region))
      throw invalid("region_id", "地区不存在或不在您的管理范围内");
    resolve_placement(s, u);
    u.updated_at = now_iso();
    if (!repo::update(s, u, version))
      throw conflict("version_conflict", "用户已被他人修改，请刷新后重试", "version");
    // A changed role or placement changes the data scope: existing sessions must not keep the old.
    if (u.role != before.role || u.unit_id != before.unit_id || u.section_id != before.section_id ||
        u.region_id != before.region_id)
      auth::repo::delete_sessions_of_user(s, id);
    const User saved = *repo::find(s, id);
    audit(s, db_.dialect(), me.user_id, me.username, "update", before, saved);
    return saved;
  });
}

User AccountService::lock(const Principal& me, long long id) {
  if (id == me.user_id) throw forbidden("不能锁定自己的账号");
  return db_.write([&](soci::session& s) {
    const User before = visible_user(s, me, id, true);
    repo::set_active(s, id, false, now_iso());
    auth::repo::delete_sessions_of_user(s, id);
    // A disabled service account's tokens end with it; enabling it again revives none.
    if (before.kind == "service")
      auth::token_repo::revoke_all_of_user(s, id, now_iso(), me.user_id);
    const User saved = *repo::find(s, id);
    audit(s, db_.dialect(), me.user_id, me.username, "lock", before, saved);
    return saved;
  });
}

User AccountService::unlock(const Principal& me, long long id) {
  return db_.write([&](soci::session& s) {
    const User before = visible_user(s, me, id, true);
    repo::set_active(s, id, true, now_iso());
    const User saved = *repo::find(s, id);
    audit(s, db_.dialect(), me.user_id, me.username, "unlock", before, saved);
    return saved;
  });
}

IssuedUser AccountService::reset_password(const Principal& me, long long id) {
  if (id == me.user_id) throw forbidden("请在“修改密码”中修改自己的密码");
  IssuedUser out;
  out.initial_password = auth::generate_password();
  const std::string hash = auth::hash_password(out.initial_password, password_);
  out.user = db_.write([&](soci::session& s) {
    const User before = visible_user(s, me, id, true);
    if (before.kind == "service") throw invalid("id", "接口账号没有密码，请签发接口令牌");
    auth::repo::set_password(s, id, hash, true);
    auth::repo::record_successful_login(s, id);  // clears a failed-login lock
    auth::repo::delete_sessions_of_user(s, id);
    const User saved = *repo::find(s, id);
    audit(s, db_.dialect(), me.user_id, me.username, "reset_password", before, saved);
    return saved;
  });
  return out;
}

void AccountService::end_sessions(const Principal& me, long long id) {
  db_.write([&](soci::session& s) {
    const auto own = id == me.user_id ? repo::find(s, id) : std::nullopt;
    const User user = own ? *own : visible_user(s, me, id, true);
    auth::repo::delete_sessions_of_user(s, id);
    audit(s, db_.dialect(), me.user_id, me.username, own ? "logout_everywhere" : "end_sessions",
          user, user);
  });
}

IssuedUser AccountService::create_by_system(const UserInput& in,
                                            const std::optional<std::string>& password) {
  validate_input(in);
  if (!in.username || !in.display_name || !in.role || !in.region_id)
    throw invalid("username", "用户名、姓名、角色和地区都是必填项");
  IssuedUser out;
  if (password) {
    if (auto why = auth::password_rule_violation(*password)) throw invalid("password", *why);
  } else {
    out.initial_password = auth::generate_password();
  }
  const std::string hash =
      auth::hash_password(password ? *password : out.initial_password, password_);
  out.user = db_.write([&](soci::session& s) {
    User u;
    u.username = *in.username;
    apply_input(u, in);
    if (!org::repo::find_region(s, u.region_id)) throw invalid("region_id", "地区不存在");
    resolve_placement(s, u);
    if (repo::username_taken(s, u.username))
      throw conflict("duplicate_username", "用户名已被使用", "username");
    u.must_change_password = !password.has_value();
    u.created_at = u.updated_at = now_iso();
    u.id = repo::insert(s, u, hash);
    const User saved = *repo::find(s, u.id);
    audit(s, db_.dialect(), 0, "system", "create", std::nullopt, saved);
    return saved;
  });
  return out;
}

}  // namespace jixiao::accounts
