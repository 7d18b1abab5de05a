// TargetService::statistics: what the performance office reports — targets by status, and the
// coverage of projects and money by approved targets (R-MON-2 rates), by fund type, by the
// regions one level down (each with its whole subtree) and by the departments of the region's
// own level (本级). A region-tree reader may look at any region of its tree; the other scopes
// see their own departments.
#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <tuple>

#include "auth/scope_sql.h"
#include "base/error.h"
#include "base/money.h"
#include "db/query.h"
#include "org/repo.h"
#include "org/tree.h"
#include "projects/model.h"
#include "targets/service.h"

namespace jixiao::targets {

namespace {

// One (region, department, fund type) cell; department 0 stands for the departments of a
// region below the one looked at, which are summed into that region's row.
struct Cell {
  long long region_id = 0;
  long long department_id = 0;
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
  st.exchange(soci::into(c.region_id));
  st.exchange(soci::into(c.department_id));
  st.exchange(soci::into(c.fund_type));
  st.exchange(soci::into(c.projects));
  st.exchange(soci::into(c.amount_fen));
  st.exchange(soci::into(c.with_target));
  st.exchange(soci::into(c.approved));
  st.exchange(soci::into(c.approved_fen));
  st.exchange(soci::into(c.failing));
}

// What the statistics are of: the scope to count, and for a region-tree reader the region
// looked at, whose own departments are listed one by one.
struct View {
  auth::DataScope scope;
  const org::Region* region = nullptr;
};

// The department column of a totals row: itself where departments are listed, else 0.
void append_department(db::Query& q, const View& v, const char* region_col,
                       const char* department_col) {
  if (!v.region) {
    q.sql(department_col);
    return;
  }
  q.sql("CASE WHEN ").sql(region_col).sql(" = ").bind(v.region->id);
  q.sql(" THEN ").sql(department_col).sql(" ELSE 0 END");
}

// Counted from the targets and projects themselves: for one unit's few rows.
void count_live(soci::session& s, long long year, const View& v, std::vector<StatusRow>& statuses,
                std::vector<Cell>& cells) {
  db::Query by_status("SELECT t.status, COUNT(*) FROM targets t WHERE t.year = ");
  by_status.bind(year).sql(" AND ");
  auth::append_scope(by_status, v.scope, {"t.region_id", "t.department_id", "t.unit_id"});
  by_status.sql(" GROUP BY t.status");
  statuses = db::fetch_all<StatusRow>(s, by_status, [](soci::statement& st, StatusRow& r) {
    st.exchange(soci::into(r.status));
    st.exchange(soci::into(r.count));
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
  auth::append_scope(q, v.scope, {"p.region_id", "p.department_id", "p.unit_id"});
  q.sql(" GROUP BY p.region_id, p.department_id, p.fund_type");
  cells = db::fetch_all<Cell>(s, q, exchange_cell);
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
};

// Summed from project_totals and target_totals (kept by the writes): a province's statistics
// read a few thousand rows, not a million projects, in one pass over each table. The scope has
// no unit level here.
void count_totals(soci::session& s, long long year, const View& v, std::vector<StatusRow>& statuses,
                  std::vector<Cell>& cells) {
  const auth::ScopeColumns columns{"t.region_id", "t.department_id", "t.unit_id"};
  db::Query q("SELECT t.region_id, ");
  append_department(q, v, "t.region_id", "t.department_id");
  q.sql(
      ", t.fund_type, CAST(SUM(t.projects) AS BIGINT), CAST(SUM(t.amount_fen) AS BIGINT), 0, 0, "
      "0, 0 FROM project_totals t WHERE t.year = ");
  q.bind(year).sql(" AND t.status <> 'cancelled' AND ");
  auth::append_scope(q, v.scope, columns);
  q.sql(" GROUP BY 1, 2, 3 HAVING SUM(t.projects) > 0");
  cells = db::fetch_all<Cell>(s, q, exchange_cell);

  constexpr const char* kCovering = "t.kind = 'project' AND t.cancelled = 0";
  db::Query c("SELECT t.region_id, ");
  append_department(c, v, "t.region_id", "t.department_id");
  c.sql(", t.fund_type, t.status, CAST(SUM(t.targets) AS BIGINT), CAST(SUM(CASE WHEN ")
      .sql(kCovering)
      .sql(" THEN t.targets ELSE 0 END) AS BIGINT), CAST(SUM(CASE WHEN ")
      .sql(kCovering)
      .sql(" THEN t.amount_fen ELSE 0 END) AS BIGINT), CAST(SUM(CASE WHEN ")
      .sql(kCovering)
      .sql(" THEN t.not_funded ELSE 0 END) AS BIGINT) FROM target_totals t WHERE t.year = ");
  c.bind(year).sql(" AND ");
  auth::append_scope(c, v.scope, columns);
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
  });

  std::map<std::tuple<long long, long long, std::string>, Cell*> at;
  for (auto& cell : cells) at[{cell.region_id, cell.department_id, cell.fund_type}] = &cell;
  std::map<std::string, long long> by_status;
  for (const auto& r : rows) {
    by_status[r.status] += r.targets;
    const auto it = at.find({r.region_id, r.department_id, r.fund_type});
    if (it == at.end()) continue;  // every target's project is counted in project_totals
    Cell& cell = *it->second;
    cell.with_target += r.covering;
    cell.failing += r.not_funded;
    if (r.status == "approved" || r.status == "adjusting") {  // R-MON-2: adjusting ones count
      cell.approved += r.covering;
      cell.approved_fen += r.covering_fen;
    }
  }
  for (const auto& [status, n] : by_status) statuses.push_back({status, n});
}

// The departments' names, for the few listed one by one.
std::map<long long, std::string> department_names(soci::session& s,
                                                  const std::vector<Cell>& cells) {
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

boost::json::object region_json(const org::Region& r) {
  return {{"id", r.id}, {"name", r.name}, {"level", r.level}};
}

}  // namespace

boost::json::object TargetService::statistics(const auth::Principal& me, long long year,
                                              std::optional<long long> region_id) {
  if (me.role == auth::Role::expert || me.role == auth::Role::agency)
    throw forbidden("专家和第三方机构不查看目标统计");
  View v{auth::read_scope(me)};
  const bool by_region = v.scope.kind == auth::DataScope::Kind::region_tree;
  if (region_id && !by_region) throw forbidden("按地区查看目标统计限财政部门的账号");
  return db_.read([&](soci::session& s) {
    // The caller's tree (a province has a few hundred regions) and the region looked at.
    std::vector<org::Region> tree;
    if (by_region) {
      tree = org::repo::list_regions(s, v.scope.path);
      const auto looked_at =
          std::ranges::find(tree, region_id.value_or(v.scope.id), &org::Region::id);
      if (looked_at == tree.end()) throw not_found("地区不存在或不在您的数据范围内");
      v.region = &*looked_at;
      v.scope = {auth::DataScope::Kind::region_tree, v.region->id, v.region->path};
    }

    std::vector<StatusRow> statuses;
    std::vector<Cell> cells;
    if (v.scope.kind == auth::DataScope::Kind::unit)
      count_live(s, year, v, statuses, cells);
    else
      count_totals(s, year, v, statuses, cells);
    const auto names = department_names(s, cells);

    // Every region one level down has a row, even with nothing in it: that one is to chase.
    org::RegionsBelow below;
    std::map<long long, Sum> regions;
    if (v.region) {
      below = org::regions_below(tree, *v.region);
      for (const auto* r : below.children) {
        regions[r->id].key = std::to_string(r->id);
        regions[r->id].label = r->name;
      }
    }

    Sum total;
    std::map<long long, Sum> departments;
    std::map<std::string, Sum> funds;
    for (const auto& c : cells) {
      total.add(c);
      if (c.department_id != 0) {
        auto& d = departments[c.department_id];
        d.key = std::to_string(c.department_id);
        d.label = names.at(c.department_id);
        d.add(c);
      } else if (auto it = below.row_of.find(c.region_id); it != below.row_of.end()) {
        regions[it->second].add(c);
      }
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
    // The way down from the caller's own region to the one looked at, for a breadcrumb.
    boost::json::array trail;
    if (v.region)
      for (const auto& r : tree)
        if (v.region->path.starts_with(r.path)) trail.push_back(region_json(r));
    o["region"] = v.region ? boost::json::value(region_json(*v.region)) : nullptr;
    o["trail"] = std::move(trail);
    boost::json::array by_region_json;
    for (const auto* r : below.children) by_region_json.push_back(coverage_json(regions.at(r->id)));
    o["by_region"] = std::move(by_region_json);
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
