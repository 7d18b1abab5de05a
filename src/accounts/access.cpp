#include "accounts/access.h"

#include "accounts/repo.h"
#include "base/error.h"
#include "base/text.h"

namespace jixiao::accounts {

using auth::Principal;
using auth::Role;

void require_manager(const Principal& me) {
  if (!auth::can_manage_organisation(me.role))
    throw forbidden("只有系统管理员和绩效管理科可以管理用户");
}

bool may_manage_region(const Principal& me, const org::Region& r) {
  if (me.role == Role::admin) return r.path.starts_with(me.region_path);
  return me.role == Role::performance_office && r.id == me.region_id;
}

User visible_user(soci::session& s, const Principal& me, long long id, bool write) {
  require_manager(me);
  auto u = repo::find(s, id);
  auto region = u ? org::repo::find_region(s, u->region_id) : std::nullopt;
  if (!u || !region->path.starts_with(me.region_path)) throw not_found("用户不存在或无权访问");
  if (write) {
    if (!may_manage_region(me, *region)) throw forbidden("下级地区的用户由其本级管理");
    if (u->role == "admin" && me.role != Role::admin)
      throw forbidden("只有系统管理员可以管理管理员账号");
  }
  return *u;
}

void validate_input(const UserInput& in) {
  if (in.username) {
    const auto& n = *in.username;
    bool ok = n.size() >= 3 && n.size() <= 32 && n.front() != '.' && n.front() != '-';
    for (char c : n)
      ok = ok &&
           ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-');
    if (!ok) throw invalid("username", "用户名为 3 至 32 位小写字母、数字、点、下划线或连字符");
  }
  if (in.display_name && (in.display_name->empty() || utf8_length(*in.display_name) > 50))
    throw invalid("display_name", "姓名不能为空，且不超过 50 个字");
  if (in.role && !auth::parse_role(*in.role)) throw invalid("role", "角色不正确");
}

void resolve_placement(soci::session& s, User& u) {
  const Role role = *auth::parse_role(u.role);
  if (role == Role::department || role == Role::unit) {
    const auto unit = u.unit_id ? org::repo::find_unit(s, u.unit_id) : std::nullopt;
    const char* kind = role == Role::department ? "department" : "unit";
    if (!unit || unit->region_id != u.region_id || unit->kind != kind)
      throw invalid("unit_id", role == Role::department ? "预算部门用户须指定本地区的一个预算部门"
                                                        : "预算单位用户须指定本地区的一个预算单位");
    u.section_id = 0;
  } else if (role == Role::business_section) {
    const auto sec = u.section_id ? org::repo::find_section(s, u.section_id) : std::nullopt;
    if (!sec || sec->region_id != u.region_id || sec->kind != "business")
      throw invalid("section_id", "业务股室用户须指定本地区财政局的一个业务股室");
    u.unit_id = 0;
  } else {
    if (u.unit_id) throw invalid("unit_id", "该角色不隶属于预算单位");
    if (u.section_id) throw invalid("section_id", "该角色不隶属于业务股室");
  }
}

void apply_input(User& u, const UserInput& in) {
  if (in.display_name) u.display_name = *in.display_name;
  if (in.role) u.role = *in.role;
  if (in.region_id) u.region_id = *in.region_id;
  if (in.unit_id) u.unit_id = *in.unit_id;
  if (in.section_id) u.section_id = *in.section_id;
}

}  // namespace jixiao::accounts
