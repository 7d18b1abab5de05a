#include "self_evaluation/statistics_service.h"

#include <algorithm>
#include <set>

#include "base/clock.h"
#include "base/error.h"
#include "org/repo.h"
#include "org/tree.h"
#include "self_evaluation/repo_statistics.h"
#include "self_evaluation/repo_totals.h"
#include "self_evaluation/review_repo.h"

namespace jixiao::self_evaluation {

Statistics StatisticsService::statistics(const auth::Principal& me, long long year,
                                         std::optional<long long> region_id, const std::string& by,
                                         const DepartmentPage& page) {
  if (me.role == auth::Role::admin || me.role == auth::Role::expert ||
      me.role == auth::Role::agency)
    throw forbidden("您的角色不查看绩效自评统计");
  if (by != "region" && by != "department")
    throw invalid("by", "统计口径只能是 region（按地区）或 department（按部门）");
  auto scope = auth::read_scope(me);
  const bool tree = scope.kind == auth::DataScope::Kind::region_tree;
  if (region_id && !tree) throw forbidden("按地区查看绩效自评统计限财政部门的账号");
  return db_.read([&](soci::session& s) {
    Statistics st;
    st.year = year;
    st.today = now_iso().substr(0, 10);
    Placement p;
    p.by = by;
    std::vector<org::Region> regions;
    if (tree) {
      // The caller's tree (a province has a few hundred regions) and the region looked at.
      regions = org::repo::list_regions(s, scope.path);
      const auto looked_at =
          std::ranges::find(regions, region_id.value_or(scope.id), &org::Region::id);
      if (looked_at == regions.end()) throw not_found("地区不存在或不在您的数据范围内");
      st.region = *looked_at;
      scope = {auth::DataScope::Kind::region_tree, looked_at->id, looked_at->path};
      // The way down from the caller's own region to the one looked at, for a breadcrumb.
      for (const auto& r : regions)
        if (looked_at->path.starts_with(r.path)) st.trail.push_back(r);
      p.looked_at = looked_at->id;
      if (by == "region") {
        const auto below = org::regions_below(regions, *looked_at);
        for (const auto* r : below.children) p.children.emplace_back(r->id, r->name);
        p.row_of = below.row_of;
      }
    }
    // Departments apart in the region looked at, or everywhere when listed by department.
    const long long own = by == "region" ? p.looked_at : 0;
    Cells cells;
    cells.totals = repo::totals(s, year, scope, own);
    cells.projects = repo::project_cells(s, year, scope, own);
    cells.findings = repo::finding_cells(s, year, scope, own);

    std::set<long long> region_ids, department_ids;
    const auto note = [&](long long region, long long department) {
      region_ids.insert(region);
      if (department != 0) department_ids.insert(department);
    };
    for (const auto& c : cells.totals) note(c.region_id, c.department_id);
    for (const auto& c : cells.projects) note(c.region_id, c.department_id);
    for (const auto& c : cells.findings) note(c.region_id, c.department_id);
    // Another reader's cells lie in one region or a few: read those alone.
    if (!tree)
      for (long long id : region_ids)
        if (auto r = org::repo::find_region(s, id)) regions.push_back(std::move(*r));
    for (const auto& r : regions) {
      p.levels[r.id] = r.level;
      p.region_names[r.id] = r.name;
    }
    for (const auto& d : review_repo::department_names(
             s, std::vector<long long>(department_ids.begin(), department_ids.end())))
      p.department_names[d.id] = d.name;
    sum_cells(st, cells, p);
    st.departments_total = static_cast<long long>(st.by_department.size());
    page_departments(st.by_department, page);
    return st;
  });
}

}  // namespace jixiao::self_evaluation
