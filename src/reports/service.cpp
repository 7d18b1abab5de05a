#include "reports/service.h"

#include <algorithm>

#include "auth/scope_sql.h"
#include "base/clock.h"
#include "db/query.h"
#include "projects/model.h"

namespace jixiao::reports {

namespace {

constexpr auth::ScopeColumns kProjectScope{"p.region_id", "p.department_id", "p.unit_id"};

// SELECT <key>, COUNT, SUM over the year's projects in scope, grouped by key.
std::vector<ProjectGroup> grouped(soci::session& s, const auth::DataScope& scope, long long year,
                                  const char* key_sql, const char* from_extra, const char* group_by,
                                  const char* order) {
  db::Query q("SELECT ");
  q.sql(key_sql).sql(", COUNT(*), CAST(COALESCE(SUM(p.amount_fen), 0) AS BIGINT) FROM projects p ");
  q.sql(from_extra).sql(" WHERE p.year = ").bind(year).sql(" AND ");
  auth::append_scope(q, scope, kProjectScope);
  q.sql(" GROUP BY ").sql(group_by).sql(" ORDER BY ").sql(order);
  return db::fetch_all<ProjectGroup>(s, q, [](soci::statement& st, ProjectGroup& g) {
    st.exchange(soci::into(g.key));
    st.exchange(soci::into(g.label));
    st.exchange(soci::into(g.count));
    st.exchange(soci::into(g.amount_fen));
  });
}

}  // namespace

ProjectStatistics ReportService::project_statistics(const auth::Principal& me, long long year,
                                                    int top_departments) {
  const auto scope = auth::read_scope(me);
  return db_.read([&](soci::session& s) {
    ProjectStatistics st;
    st.year = year;
    st.by_fund_type =
        grouped(s, scope, year, "p.fund_type, p.fund_type", "", "p.fund_type", "p.fund_type");
    for (auto& g : st.by_fund_type) {
      g.label = std::string(projects::fund_type_label(g.key));
      st.count += g.count;
      st.amount_fen += g.amount_fen;
    }
    st.by_status = grouped(s, scope, year, "p.status, p.status", "", "p.status", "p.status");
    for (auto& g : st.by_status) g.label = std::string(projects::status_label(g.key));
    auto departments = grouped(s, scope, year, "CAST(p.department_id AS TEXT), d.name",
                               "JOIN units d ON d.id = p.department_id", "p.department_id, d.name",
                               "3 DESC, 4 DESC");
    // Largest by money first; the tail becomes one 其他 bar so a chart stays readable.
    std::stable_sort(departments.begin(), departments.end(),
                     [](const auto& a, const auto& b) { return a.amount_fen > b.amount_fen; });
    if (departments.size() > static_cast<std::size_t>(top_departments)) {
      ProjectGroup rest{"other", "其他部门", 0, 0};
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
      db::Query q("SELECT COUNT(*) FROM projects p WHERE p.year = ");
      q.bind(year).sql(" AND p.status = ").bind(std::string(status)).sql(" AND ");
      auth::append_scope(q, scope, kProjectScope);
      return q.scalar(s);
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
      db::Query q("SELECT COUNT(*) FROM users u WHERE (u.active = 0 OR u.locked_until > ");
      q.bind(now_unix()).sql(") AND ");
      auth::append_scope(q, scope, {"u.region_id", "u.region_id", "u.region_id"});
      if (long long n = q.scalar(s))
        out.push_back({"locked_users", "账号已停用或因登录失败被锁定", n, "/org/users"});
    }
    return out;
  });
}

}  // namespace jixiao::reports
