// TargetService::statistics: a region-tree reader may look at any region of its tree, listed by
// the regions one level down and by that region's own departments; the other scopes see their
// own departments. The figures come from targets/repo_statistics; this file folds them.
#include "targets/statistics.h"

#include <algorithm>
#include <map>

#include "base/error.h"
#include "org/repo.h"
#include "org/tree.h"
#include "projects/model.h"
#include "targets/repo_statistics.h"
#include "targets/service.h"
#include "targets/workflow.h"

namespace jixiao::targets {

TargetStatistics TargetService::statistics(const auth::Principal& me, long long year,
                                           std::optional<long long> region_id) {
  if (me.role == auth::Role::expert || me.role == auth::Role::agency)
    throw forbidden("专家和第三方机构不查看目标统计");
  auto scope = auth::read_scope(me);
  const bool by_region = scope.kind == auth::DataScope::Kind::region_tree;
  if (region_id && !by_region) throw forbidden("按地区查看目标统计限财政部门的账号");
  return db_.read([&](soci::session& s) {
    TargetStatistics st;
    st.year = year;
    // The caller's tree (a province has a few hundred regions) and the region looked at.
    std::vector<org::Region> tree;
    if (by_region) {
      tree = org::repo::list_regions(s, scope.path);
      const auto looked_at =
          std::ranges::find(tree, region_id.value_or(scope.id), &org::Region::id);
      if (looked_at == tree.end()) throw not_found("地区不存在或不在您的数据范围内");
      st.region = *looked_at;
      scope = {auth::DataScope::Kind::region_tree, looked_at->id, looked_at->path};
      // The way down from the caller's own region to the one looked at, for a breadcrumb.
      for (const auto& r : tree)
        if (looked_at->path.starts_with(r.path)) st.trail.push_back(r);
    }

    const auto rows =
        scope.kind == auth::DataScope::Kind::unit
            ? repo::count_statistics_live(s, year, scope)
            : repo::count_statistics_totals(s, year, scope, st.region ? st.region->id : 0);
    const auto names = repo::department_names(s, rows.cells);

    // Every region one level down has a row, even with nothing in it: that one is to chase.
    org::RegionsBelow below;
    std::map<long long, Coverage> regions;
    if (st.region) {
      below = org::regions_below(tree, *st.region);
      for (const auto* r : below.children) {
        regions[r->id].key = std::to_string(r->id);
        regions[r->id].label = r->name;
      }
    }
    std::map<long long, Coverage> departments;
    std::map<std::string, Coverage> funds;
    for (const auto& c : rows.cells) {
      st.total.add(c.figures);
      if (c.department_id != 0) {
        auto& d = departments[c.department_id];
        d.key = std::to_string(c.department_id);
        d.label = names.at(c.department_id);
        d.add(c.figures);
      } else if (auto it = below.row_of.find(c.region_id); it != below.row_of.end()) {
        regions[it->second].add(c.figures);
      }
      auto& f = funds[c.fund_type];
      f.key = c.fund_type;
      f.label = std::string(projects::fund_type_label(c.fund_type));
      f.add(c.figures);
    }
    for (const auto* r : below.children) st.by_region.push_back(regions.at(r->id));
    for (auto& [id, d] : departments) st.by_department.push_back(std::move(d));
    std::stable_sort(
        st.by_department.begin(), st.by_department.end(),
        [](const Coverage& a, const Coverage& b) { return a.amount_fen > b.amount_fen; });
    for (const auto& term : projects::fund_types().terms())
      if (auto it = funds.find(term.value); it != funds.end())
        st.by_fund_type.push_back(it->second);

    for (const auto& state : target_workflow().states()) {
      long long n = 0;
      for (const auto& r : rows.statuses) {
        if (r.status != state.name) continue;
        n = r.count;
        const bool approved = r.status == "approved" || r.status == "adjusting";
        if (approved || r.status == "rejected") st.decided += r.count;
        if (approved) st.first_pass += r.first_pass;
      }
      st.by_status.emplace_back(state.name, n);
      if (state.name != target_workflow().initial()) st.submitted += n;
    }
    return st;
  });
}

}  // namespace jixiao::targets
