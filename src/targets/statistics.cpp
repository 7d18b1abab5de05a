// TargetService::statistics: what the performance office reports — targets by status, and the
// coverage of projects and money by approved targets (R-MON-2 rates), by department and fund.
#include <boost/json.hpp>
#include <map>

#include "auth/scope_sql.h"
#include "base/error.h"
#include "base/money.h"
#include "db/query.h"
#include "projects/model.h"
#include "targets/service.h"

namespace jixiao::targets {

namespace {

struct Cell {
  long long department_id = 0;
  std::string department_name;
  std::string fund_type;
  long long projects = 0;
  Fen amount_fen = 0;
  long long with_target = 0;
  long long approved = 0;
  Fen approved_fen = 0;
  long long failing = 0;
};

struct Sum {
  std::string key;
  std::string label;
  Cell c;
  void add(const Cell& x) {
    c.projects += x.projects;
    c.amount_fen += x.amount_fen;
    c.with_target += x.with_target;
    c.approved += x.approved;
    c.approved_fen += x.approved_fen;
    c.failing += x.failing;
  }
};

boost::json::object coverage_json(const Sum& s) {
  return {{"key", s.key},
          {"label", s.label},
          {"projects", s.c.projects},
          {"projects_with_target", s.c.with_target},
          {"projects_approved", s.c.approved},
          {"failing", s.c.failing},
          {"amount_fen", s.c.amount_fen},
          {"amount_wan", format_wan(s.c.amount_fen)},
          {"amount_approved_fen", s.c.approved_fen},
          {"project_coverage", format_rate(s.c.approved, s.c.projects)},
          {"amount_coverage", format_rate(s.c.approved_fen, s.c.amount_fen)}};
}

struct StatusRow {
  std::string status;
  long long count = 0;
};

void exchange_cell(soci::statement& st, Cell& c) {
  st.exchange(soci::into(c.department_id));
  st.exchange(soci::into(c.department_name));
  st.exchange(soci::into(c.fund_type));
  st.exchange(soci::into(c.projects));
  st.exchange(soci::into(c.amount_fen));
  st.exchange(soci::into(c.with_target));
  st.exchange(soci::into(c.approved));
  st.exchange(soci::into(c.approved_fen));
  st.exchange(soci::into(c.failing));
}

std::vector<StatusRow> fetch_statuses(soci::session& s, db::Query& q) {
  return db::fetch_all<StatusRow>(s, q, [](soci::statement& st, StatusRow& r) {
    st.exchange(soci::into(r.status));
    st.exchange(soci::into(r.count));
  });
}

// Counted from the targets and projects themselves: for one unit's few rows.
void count_live(soci::session& s, long long year, const auth::DataScope& scope,
                std::vector<StatusRow>& statuses, std::vector<Cell>& cells) {
  db::Query by_status("SELECT t.status, COUNT(*) FROM targets t WHERE t.year = ");
  by_status.bind(year).sql(" AND ");
  auth::append_scope(by_status, scope, {"t.region_id", "t.department_id", "t.unit_id"});
  by_status.sql(" GROUP BY t.status");
  statuses = fetch_statuses(s, by_status);

  db::Query q(
      "SELECT p.department_id, d.name, p.fund_type, COUNT(*), SUM(p.amount_fen), "
      "SUM(CASE WHEN t.id IS NULL THEN 0 ELSE 1 END), "
      "SUM(CASE WHEN t.status = 'approved' OR t.status = 'adjusting' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN t.status = 'approved' OR t.status = 'adjusting' THEN p.amount_fen ELSE 0 "
      "END), SUM(CASE WHEN t.not_funded = 1 THEN 1 ELSE 0 END) "
      "FROM projects p JOIN units d ON d.id = p.department_id LEFT JOIN targets t ON "
      "t.project_id = p.id AND t.kind = 'project' WHERE p.year = ");
  q.bind(year).sql(" AND p.status <> 'cancelled' AND ");
  auth::append_scope(q, scope, {"p.region_id", "p.department_id", "p.unit_id"});
  q.sql(" GROUP BY p.department_id, d.name, p.fund_type");
  cells = db::fetch_all<Cell>(s, q, exchange_cell);
}

// Summed from project_totals and target_totals (kept by the writes): a province's statistics
// read a few thousand rows, not a million projects. The scope has no unit level here.
void count_totals(soci::session& s, long long year, const auth::DataScope& scope,
                  std::vector<StatusRow>& statuses, std::vector<Cell>& cells) {
  const auth::ScopeColumns columns{"t.region_id", "t.department_id", "t.unit_id"};
  db::Query by_status(
      "SELECT t.status, CAST(SUM(t.targets) AS BIGINT) FROM target_totals t "
      "WHERE t.year = ");
  by_status.bind(year).sql(" AND ");
  auth::append_scope(by_status, scope, columns);
  by_status.sql(" GROUP BY t.status HAVING SUM(t.targets) > 0");
  statuses = fetch_statuses(s, by_status);

  db::Query q(
      "SELECT t.department_id, d.name, t.fund_type, CAST(SUM(t.projects) AS BIGINT), "
      "CAST(SUM(t.amount_fen) AS BIGINT), 0, 0, 0, 0 FROM project_totals t JOIN units d ON "
      "d.id = t.department_id WHERE t.year = ");
  q.bind(year).sql(" AND t.status <> 'cancelled' AND ");
  auth::append_scope(q, scope, columns);
  q.sql(" GROUP BY t.department_id, d.name, t.fund_type HAVING SUM(t.projects) > 0");
  cells = db::fetch_all<Cell>(s, q, exchange_cell);

  db::Query c(
      "SELECT t.department_id, '', t.fund_type, 0, 0, CAST(SUM(t.targets) AS BIGINT), "
      "CAST(SUM(CASE WHEN t.status = 'approved' OR t.status = 'adjusting' THEN t.targets ELSE 0 "
      "END) AS BIGINT), CAST(SUM(CASE WHEN t.status = 'approved' OR t.status = 'adjusting' THEN "
      "t.amount_fen ELSE 0 END) AS BIGINT), CAST(SUM(t.not_funded) AS BIGINT) FROM "
      "target_totals t WHERE t.year = ");
  c.bind(year).sql(" AND t.kind = 'project' AND t.cancelled = 0 AND ");
  auth::append_scope(c, scope, columns);
  c.sql(" GROUP BY t.department_id, t.fund_type");
  std::map<std::pair<long long, std::string>, Cell*> at;
  for (auto& cell : cells) at[{cell.department_id, cell.fund_type}] = &cell;
  for (const auto& x : db::fetch_all<Cell>(s, c, exchange_cell)) {
    const auto it = at.find({x.department_id, x.fund_type});
    if (it == at.end()) continue;  // every target's project is counted in project_totals
    it->second->with_target = x.with_target;
    it->second->approved = x.approved;
    it->second->approved_fen = x.approved_fen;
    it->second->failing = x.failing;
  }
}

}  // namespace

boost::json::object TargetService::statistics(const auth::Principal& me, long long year) {
  if (me.role == auth::Role::expert || me.role == auth::Role::agency)
    throw forbidden("专家和第三方机构不查看目标统计");
  const auto scope = auth::read_scope(me);
  return db_.read([&](soci::session& s) {
    std::vector<StatusRow> statuses;
    std::vector<Cell> cells;
    if (scope.kind == auth::DataScope::Kind::unit)
      count_live(s, year, scope, statuses, cells);
    else
      count_totals(s, year, scope, statuses, cells);

    Sum total;
    std::map<long long, Sum> departments;
    std::map<std::string, Sum> funds;
    for (const auto& c : cells) {
      total.add(c);
      auto& d = departments[c.department_id];
      d.key = std::to_string(c.department_id);
      d.label = c.department_name;
      d.add(c);
      auto& f = funds[c.fund_type];
      f.key = c.fund_type;
      f.label = std::string(projects::fund_type_label(c.fund_type));
      f.add(c);
    }
    boost::json::object o = coverage_json(total);
    o.erase("key");
    o.erase("label");
    boost::json::object by_status_json;
    long long submitted = 0;
    for (const auto& r : statuses) {
      by_status_json[r.status] = r.count;
      if (r.status != "draft") submitted += r.count;
    }
    for (auto status : kStatuses)
      if (!by_status_json.contains(status)) by_status_json[status] = 0;
    o["year"] = year;
    o["by_status"] = std::move(by_status_json);
    o["submitted"] = submitted;
    o["approved"] = o["by_status"].as_object()["approved"];
    o["returned"] = o["by_status"].as_object()["returned"];
    o["rejected"] = o["by_status"].as_object()["rejected"];
    std::vector<const Sum*> depts;
    for (const auto& [id, d] : departments) depts.push_back(&d);
    std::stable_sort(depts.begin(), depts.end(),
                     [](const Sum* a, const Sum* b) { return a->c.amount_fen > b->c.amount_fen; });
    boost::json::array by_department;
    for (const auto* d : depts) by_department.push_back(coverage_json(*d));
    o["by_department"] = std::move(by_department);
    boost::json::array by_fund_type;
    for (auto key : projects::kFundTypes)
      if (auto it = funds.find(std::string(key)); it != funds.end())
        by_fund_type.push_back(coverage_json(it->second));
    o["by_fund_type"] = std::move(by_fund_type);
    return o;
  });
}

}  // namespace jixiao::targets
