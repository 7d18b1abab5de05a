#include "targets/repo_statistics.h"

#include <tuple>

#include "auth/scope_sql.h"
#include "db/query.h"

namespace jixiao::targets::repo {

namespace {

void exchange_cell(soci::statement& st, CoverageCell& c) {
  st.exchange(soci::into(c.region_id));
  st.exchange(soci::into(c.department_id));
  st.exchange(soci::into(c.fund_type));
  st.exchange(soci::into(c.figures.projects));
  st.exchange(soci::into(c.figures.amount_fen));
  st.exchange(soci::into(c.figures.with_target));
  st.exchange(soci::into(c.figures.approved));
  st.exchange(soci::into(c.figures.approved_fen));
  st.exchange(soci::into(c.figures.failing));
}

// The department column of a totals row: itself where departments are listed, else 0.
void append_department(db::Query& q, long long departments_of_region, const char* region_col,
                       const char* department_col) {
  if (departments_of_region == 0) {
    q.sql(department_col);
    return;
  }
  q.sql("CASE WHEN ").sql(region_col).sql(" = ").bind(departments_of_region);
  q.sql(" THEN ").sql(department_col).sql(" ELSE 0 END");
}

// One row of target_totals summed by (region, department, fund type, status).
struct TargetRow {
  long long region_id = 0;
  long long department_id = 0;
  std::string fund_type;
  std::string status;
  long long targets = 0;     // every kind, for the counts by status
  long long covering = 0;    // project targets of live projects, for coverage
  Fen covering_fen = 0;      // their projects' money
  long long not_funded = 0;  // of those, below the pass mark
  long long first_pass = 0;  // every kind, never returned before the first decision
};

// R-MON-2: a target being adjusted still covers its project.
bool covers(const std::string& status) { return status == "approved" || status == "adjusting"; }

}  // namespace

StatisticsRows count_statistics_live(soci::session& s, long long year,
                                     const auth::DataScope& scope) {
  StatisticsRows out;
  db::Query by_status(
      "SELECT t.status, COUNT(*), SUM(CASE WHEN t.returns = 0 THEN 1 ELSE 0 END) FROM targets t "
      "WHERE t.year = ");
  by_status.bind(year).sql(" AND ");
  auth::append_scope(by_status, scope, {"t.region_id", "t.department_id", "t.unit_id"});
  by_status.sql(" GROUP BY t.status");
  out.statuses = db::fetch_all<StatusCount>(s, by_status, [](soci::statement& st, StatusCount& r) {
    st.exchange(soci::into(r.status));
    st.exchange(soci::into(r.count));
    st.exchange(soci::into(r.first_pass));
  });

  db::Query q(
      "SELECT p.region_id, p.department_id, p.fund_type, COUNT(*), SUM(p.amount_fen), "
      "SUM(CASE WHEN t.id IS NULL THEN 0 ELSE 1 END), "
      "SUM(CASE WHEN t.status = 'approved' OR t.status = 'adjusting' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN t.status = 'approved' OR t.status = 'adjusting' THEN p.amount_fen ELSE 0 "
      "END), SUM(CASE WHEN t.not_funded = 1 THEN 1 ELSE 0 END) "
      "FROM projects p LEFT JOIN targets t ON t.project_id = p.id AND t.kind = 'project' "
      "WHERE p.year = ");
  q.bind(year).sql(" AND p.status <> 'cancelled' AND ");
  auth::append_scope(q, scope, {"p.region_id", "p.department_id", "p.unit_id"});
  q.sql(" GROUP BY p.region_id, p.department_id, p.fund_type");
  out.cells = db::fetch_all<CoverageCell>(s, q, exchange_cell);
  return out;
}

StatisticsRows count_statistics_totals(soci::session& s, long long year,
                                       const auth::DataScope& scope,
                                       long long departments_of_region) {
  StatisticsRows out;
  const auth::ScopeColumns columns{"t.region_id", "t.department_id", "t.unit_id"};
  db::Query q("SELECT t.region_id, ");
  append_department(q, departments_of_region, "t.region_id", "t.department_id");
  q.sql(
      ", t.fund_type, CAST(SUM(t.projects) AS BIGINT), CAST(SUM(t.amount_fen) AS BIGINT), 0, 0, "
      "0, 0 FROM project_totals t WHERE t.year = ");
  q.bind(year).sql(" AND t.status <> 'cancelled' AND ");
  auth::append_scope(q, scope, columns);
  q.sql(" GROUP BY 1, 2, 3 HAVING SUM(t.projects) > 0");
  out.cells = db::fetch_all<CoverageCell>(s, q, exchange_cell);

  constexpr const char* kCovering = "t.kind = 'project' AND t.cancelled = 0";
  db::Query c("SELECT t.region_id, ");
  append_department(c, departments_of_region, "t.region_id", "t.department_id");
  c.sql(", t.fund_type, t.status, CAST(SUM(t.targets) AS BIGINT), CAST(SUM(CASE WHEN ")
      .sql(kCovering)
      .sql(" THEN t.targets ELSE 0 END) AS BIGINT), CAST(SUM(CASE WHEN ")
      .sql(kCovering)
      .sql(" THEN t.amount_fen ELSE 0 END) AS BIGINT), CAST(SUM(CASE WHEN ")
      .sql(kCovering)
      .sql(
          " THEN t.not_funded ELSE 0 END) AS BIGINT), CAST(SUM(t.first_pass) AS BIGINT) FROM "
          "target_totals t WHERE t.year = ");
  c.bind(year).sql(" AND ");
  auth::append_scope(c, scope, columns);
  c.sql(" GROUP BY 1, 2, 3, 4 HAVING SUM(t.targets) > 0");
  const auto rows = db::fetch_all<TargetRow>(s, c, [](soci::statement& st, TargetRow& r) {
    st.exchange(soci::into(r.region_id));
    st.exchange(soci::into(r.department_id));
    st.exchange(soci::into(r.fund_type));
    st.exchange(soci::into(r.status));
    st.exchange(soci::into(r.targets));
    st.exchange(soci::into(r.covering));
    st.exchange(soci::into(r.covering_fen));
    st.exchange(soci::into(r.not_funded));
    st.exchange(soci::into(r.first_pass));
  });

  std::map<std::tuple<long long, long long, std::string>, Coverage*> at;
  for (auto& cell : out.cells)
    at[{cell.region_id, cell.department_id, cell.fund_type}] = &cell.figures;
  std::map<std::string, StatusCount> by_status;
  for (const auto& r : rows) {
    by_status[r.status].count += r.targets;
    by_status[r.status].first_pass += r.first_pass;
    const auto it = at.find({r.region_id, r.department_id, r.fund_type});
    if (it == at.end()) continue;  // every target's project is counted in project_totals
    Coverage& cell = *it->second;
    cell.with_target += r.covering;
    cell.failing += r.not_funded;
    if (covers(r.status)) {
      cell.approved += r.covering;
      cell.approved_fen += r.covering_fen;
    }
  }
  for (const auto& [status, n] : by_status) out.statuses.push_back({status, n.count, n.first_pass});
  return out;
}

std::map<long long, std::string> department_names(soci::session& s,
                                                  const std::vector<CoverageCell>& cells) {
  std::map<long long, std::string> names;
  db::Query q("SELECT id, name FROM units WHERE id IN (");
  bool any = false;
  for (const auto& c : cells) {
    if (c.department_id == 0 || names.contains(c.department_id)) continue;
    names[c.department_id];
    q.sql(any ? ", " : "").bind(c.department_id);
    any = true;
  }
  if (!any) return names;
  q.sql(")");
  struct Name {
    long long id = 0;
    std::string name;
  };
  auto found = db::fetch_all<Name>(s, q, [](soci::statement& st, Name& r) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.name));
  });
  for (auto& n : found) names[n.id] = std::move(n.name);
  return names;
}

}  // namespace jixiao::targets::repo
