#include "cli/demo_accounts.h"

#include <array>

#include "accounts/repo.h"

namespace jixiao::cli {

namespace {

struct AccountSpec {
  const char* username;
  const char* role;
  const char* display_name;
  const char* description;
};

constexpr std::array<AccountSpec, 10> kAccounts = {{
    {"demo_admin", "admin", "李强（系统管理员）", "系统管理员（云岭州）"},
    {"demo_office", "performance_office", "张敏（绩效科）", "云岭州财政局绩效管理科"},
    {"demo_section", "business_section", "王磊（教科文科）",
     "云岭州财政局教科文科（业务科室，归口州教育体育局等）"},
    {"demo_department", "department", "赵丽（州教育体育局）", "州教育体育局（预算部门）"},
    {"demo_unit", "unit", "陈静（州第一中学）", "州第一中学（预算单位，属州教育体育局）"},
    {"demo_unit2", "unit", "刘洋（州人民医院）", "州人民医院（预算单位，属州卫生健康委员会）"},
    {"demo_county_office", "performance_office", "杨帆（云溪县绩效股）",
     "云溪县财政局绩效管理股（县级绩效管理）"},
    {"demo_agency", "agency", "周凯（云岭正信评价事务所）", "第三方评价机构"},
    {"demo_expert", "expert", "吴建国（评审专家）", "评审专家（专家库）"},
    {"demo_viewer", "viewer", "孙悦（监督查询）", "只读查询（监督）"},
}};

// Region, unit and section of account i in kAccounts (0 = none).
std::array<long long, 3> placement_of(std::size_t i, const DemoPlacements& p) {
  switch (i) {
    case 1:
      return {p.root, 0, p.office};
    case 2:
      return {p.root, 0, p.section};
    case 3:
      return {p.root, p.department, 0};
    case 4:
      return {p.root, p.unit, 0};
    case 5:
      return {p.root, p.unit2, 0};
    case 6:
      return {p.county, 0, p.county_office};
    default:
      return {p.root, 0, 0};
  }
}

}  // namespace

void insert_demo_users(soci::session& s, const DemoPlacements& where,
                       const std::string& password_hash, const std::string& at) {
  for (std::size_t i = 0; i < kAccounts.size(); ++i) {
    accounts::User u;
    u.username = kAccounts[i].username;
    u.role = kAccounts[i].role;
    u.display_name = kAccounts[i].display_name;
    const auto [region_id, unit_id, section_id] = placement_of(i, where);
    u.region_id = region_id;
    u.unit_id = unit_id;
    u.section_id = section_id;
    u.must_change_password = false;
    u.created_at = u.updated_at = at;
    accounts::repo::insert(s, u, password_hash);
  }
}

std::vector<DemoAccount> demo_accounts() {
  std::vector<DemoAccount> out;
  for (const AccountSpec& a : kAccounts) out.push_back({a.username, a.role, a.description});
  return out;
}

std::size_t demo_account_count() { return kAccounts.size(); }

}  // namespace jixiao::cli
