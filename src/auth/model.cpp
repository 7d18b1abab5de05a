#include "auth/model.h"

#include <array>
#include <utility>

namespace jixiao::auth {
namespace {

struct RoleInfo {
  Role role;
  std::string_view name;
  std::string_view label;
};

constexpr std::array<RoleInfo, 8> kRoles = {{
    {Role::admin, "admin", "系统管理员"},
    {Role::performance_office, "performance_office", "绩效管理科"},
    {Role::business_section, "business_section", "业务股室"},
    {Role::department, "department", "预算部门"},
    {Role::unit, "unit", "预算单位"},
    {Role::agency, "agency", "第三方机构"},
    {Role::expert, "expert", "评审专家"},
    {Role::viewer, "viewer", "监督查询"},
}};

}  // namespace

std::string_view role_name(Role r) {
  for (const auto& i : kRoles)
    if (i.role == r) return i.name;
  return "viewer";
}

std::string_view role_label(Role r) {
  for (const auto& i : kRoles)
    if (i.role == r) return i.label;
  return "";
}

std::optional<Role> parse_role(std::string_view s) {
  for (const auto& i : kRoles)
    if (i.name == s) return i.role;
  return std::nullopt;
}

DataScope read_scope(const Principal& p) {
  using K = DataScope::Kind;
  switch (p.role) {
    case Role::admin:
    case Role::performance_office:
    case Role::viewer:
      return {K::region_tree, p.region_id, p.region_path};
    case Role::business_section:
      return {K::section, p.section_id, {}};
    case Role::department:
      return {K::department, p.department_id, {}};
    case Role::unit:
      return {K::unit, p.unit_id, {}};
    case Role::agency:
    case Role::expert:
      return {K::none, 0, {}};
  }
  return {};
}

DataScope write_scope(const Principal& p) {
  using K = DataScope::Kind;
  switch (p.role) {
    case Role::performance_office:
      return {K::region, p.region_id, {}};
    case Role::viewer:
      return {K::none, 0, {}};
    default:
      return read_scope(p);
  }
}

bool is_read_only(Role r) { return r == Role::viewer; }

bool can_manage_organisation(Role r) { return r == Role::admin || r == Role::performance_office; }

}  // namespace jixiao::auth
