#include "reports/service.h"

#include <algorithm>
#include <map>

#include "accounts/repo.h"
#include "base/clock.h"
#include "org/repo.h"
#include "org/tree.h"
#include "projects/repo.h"
#include "targets/repo.h"

namespace jixiao::reports {

namespace {

// Statistics by level: the tree's own level, then the regions one level down, each with its
// subtree (counties summed into their prefecture), every one present even when it has nothing.
std::vector<projects::ProjectGroup> by_region(soci::session& s, const auth::DataScope& scope,
                                              const std::vector<projects::ProjectGroup>& groups) {
  const auto tree = org::repo::list_regions(s, scope.path);
  const auto top = std::ranges::find(tree, scope.id, &org::Region::id);
  if (top == tree.end()) return {};
  const auto below = org::regions_below(tree, *top);
  std::vector<projects::ProjectGroup> rows{{std::to_string(top->id), top->name + "本级", 0, 0}};
  std::map<long long, std::size_t> row;
  for (const auto* r : below.children) {
    row[r->id] = rows.size();
    rows.push_back({std::to_string(r->id), r->name, 0, 0});
  }
  for (const auto& g : groups) {
    const long long id = std::stoll(g.key);
    const auto child = below.row_of.find(id);
    auto& into = child == below.row_of.end() ? rows.front() : rows[row.at(child->second)];
    into.count += g.count;
    into.amount_fen += g.amount_fen;
  }
  return rows;
}

}  // namespace

ProjectStatistics ReportService::project_statistics(const auth::Principal& me, long long year,
                                                    int top_departments) {
  using projects::GroupKey;
  const auto scope = auth::read_scope(me);
  projects::ProjectFilter f;
  f.year = year;
  return db_.read([&](soci::session& s) {
    ProjectStatistics st;
    st.year = year;
    st.by_fund_type = projects::repo::group_totals(s, f, scope, GroupKey::fund_type);
    for (const auto& g : st.by_fund_type) {
      st.count += g.count;
      st.amount_fen += g.amount_fen;
    }
    st.by_status = projects::repo::group_totals(s, f, scope, GroupKey::status);
    auto departments = projects::repo::group_totals(s, f, scope, GroupKey::department);
    // The tail becomes one 其他 bar so that a chart stays readable.
    if (departments.size() > static_cast<std::size_t>(top_departments)) {
      projects::ProjectGroup rest{"other", "其他部门", 0, 0};
      for (std::size_t i = top_departments; i < departments.size(); ++i) {
        rest.count += departments[i].count;
        rest.amount_fen += departments[i].amount_fen;
      }
      departments.resize(top_departments);
      departments.push_back(rest);
    }
    st.by_department = std::move(departments);
    if (scope.kind == auth::DataScope::Kind::region_tree)
      st.by_region =
          by_region(s, scope, projects::repo::group_totals(s, f, scope, GroupKey::region));
    return st;
  });
}

std::vector<Todo> ReportService::todos(const auth::Principal& me, long long year) {
  using auth::Role;
  const auto scope = auth::write_scope(me);
  return db_.read([&](soci::session& s) {
    std::vector<Todo> out;
    auto projects_in = [&](const char* status) {
      projects::ProjectFilter f;
      f.year = year;
      f.status = status;
      return projects::repo::totals(s, f, scope).count;
    };
    const std::string y = std::to_string(year);
    if (me.role == Role::unit || me.role == Role::department || me.role == Role::business_section ||
        me.role == Role::performance_office) {
      if (long long n = projects_in("draft"))
        out.push_back(
            {"draft_projects", y + " 年度项目草稿待完善并申报", n, "/projects?status=draft"});
    }
    if (me.role == Role::business_section || me.role == Role::performance_office) {
      if (long long n = projects_in("declared"))
        out.push_back(
            {"declared_projects", y + " 年度已申报项目待审核", n, "/projects?status=declared"});
    }
    // Targets waiting for the caller (the workflow of R-TR-1).
    auto targets_where = [&](targets::repo::TargetFilter f, const targets::repo::Reader& reader) {
      f.year = year;
      return targets::repo::count(s, f, reader);
    };
    if (me.role == Role::unit || me.role == Role::department ||
        me.role == Role::performance_office) {
      targets::repo::TargetFilter f;
      f.status = "returned";
      if (long long n = targets_where(f, {scope, 0}))
        out.push_back(
            {"returned_targets", y + " 年度被退回的绩效目标待修改", n, "/targets?status=returned"});
    }
    if (me.role == Role::business_section) {
      targets::repo::TargetFilter f;
      f.status = "submitted";
      if (long long n = targets_where(f, {auth::read_scope(me), 0}))
        out.push_back({"section_targets", y + " 年度绩效目标待业务科室初审", n, "/targets/review"});
    }
    if (me.role == Role::performance_office) {
      targets::repo::TargetFilter f;
      f.office_queue = true;
      if (long long n = targets_where(f, {scope, 0}))
        out.push_back({"office_targets", y + " 年度绩效目标待绩效科审核", n, "/targets/review"});
    }
    if (me.role == Role::expert || me.role == Role::agency) {
      targets::repo::TargetFilter f;
      f.assigned_only = true;
      if (long long n = targets_where(f, {{}, me.user_id}))
        out.push_back(
            {"assigned_targets", y + " 年度分配给您评审的绩效目标", n, "/targets/review"});
    }
    if (auth::can_manage_organisation(me.role)) {
      accounts::UserFilter f;
      f.locked_at = now_unix();
      if (long long n = accounts::repo::count(s, f, scope))
        out.push_back({"locked_users", "账号已停用或因登录失败被锁定", n, "/org/users"});
    }
    return out;
  });
}

}  // namespace jixiao::reports
