#include "reports/service.h"

#include "accounts/repo.h"
#include "base/clock.h"
#include "projects/repo.h"

namespace jixiao::reports {

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
