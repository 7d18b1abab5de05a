// ReviewService::statistics: the seed's table of 送审 / 审定 / 审减 / 审减率 for the whole region
// (本级及下级合计), its own level (本级) and each region one level down, with the own level's
// departments and the four budgets, summed from the kept totals (a unit's from its own rows).
#include <algorithm>
#include <map>

#include "base/error.h"
#include "budget_review/repo.h"
#include "budget_review/service.h"
#include "org/repo.h"
#include "org/tree.h"
#include "projects/model.h"

namespace jixiao::budget_review {

ReviewStatistics ReviewService::statistics(const auth::Principal& me, long long year,
                                           std::optional<long long> region_id) {
  if (me.role == auth::Role::expert || me.role == auth::Role::agency)
    throw forbidden("专家和第三方机构不查看预算评审统计");
  auto scope = auth::read_scope(me);
  const bool by_region = scope.kind == auth::DataScope::Kind::region_tree;
  if (region_id && !by_region) throw forbidden("按地区查看预算评审统计限财政部门的账号");
  return db_.read([&](soci::session& s) {
    ReviewStatistics st;
    st.year = year;
    std::vector<org::Region> tree;
    std::optional<org::Region> region;
    if (by_region) {
      tree = org::repo::list_regions(s, scope.path);
      const auto looked_at =
          std::ranges::find(tree, region_id.value_or(scope.id), &org::Region::id);
      if (looked_at == tree.end()) throw not_found("地区不存在或不在您的数据范围内");
      region = *looked_at;
      st.region_name = looked_at->name;
      scope = {auth::DataScope::Kind::region_tree, looked_at->id, looked_at->path};
    }
    const auto rows = scope.kind == auth::DataScope::Kind::unit ? repo::counted_rows(s, year, scope)
                                                                : repo::totals_rows(s, year, scope);

    org::RegionsBelow below;
    std::map<long long, StatisticsRow> regions;
    if (region) {
      st.own_level = Figures{};
      below = org::regions_below(tree, *region);
      for (const auto* r : below.children) {
        regions[r->id].key = std::to_string(r->id);
        regions[r->id].label = r->name;
      }
    }
    std::map<long long, StatisticsRow> departments;
    std::map<std::string, StatisticsRow> funds;
    for (const auto& row : rows) {
      const Figures f = repo::figures_of(row);
      st.total.add(f);
      const bool own = !region || row.region_id == region->id;
      if (own) {
        if (st.own_level) st.own_level->add(f);
        departments[row.department_id].key = std::to_string(row.department_id);
        departments[row.department_id].figures.add(f);
      } else if (auto it = below.row_of.find(row.region_id); it != below.row_of.end()) {
        regions[it->second].figures.add(f);
      }
      auto& fund = funds[row.fund_type];
      fund.key = row.fund_type;
      fund.label = std::string(projects::fund_type_label(row.fund_type));
      fund.figures.add(f);
    }
    for (const auto* r : below.children) st.by_region.push_back(regions.at(r->id));
    std::vector<long long> ids;
    for (const auto& [id, d] : departments) ids.push_back(id);
    const auto names = repo::unit_names(s, ids);
    for (auto& [id, d] : departments) {
      const auto name = names.find(id);
      d.label = name != names.end() ? name->second : std::to_string(id);
      st.by_department.push_back(std::move(d));
    }
    std::stable_sort(st.by_department.begin(), st.by_department.end(),
                     [](const StatisticsRow& a, const StatisticsRow& b) {
                       return a.figures.submitted_fen + a.figures.pending_fen >
                              b.figures.submitted_fen + b.figures.pending_fen;
                     });
    for (const auto& term : projects::fund_types().terms())
      if (auto it = funds.find(term.value); it != funds.end())
        st.by_fund_type.push_back(it->second);
    return st;
  });
}

}  // namespace jixiao::budget_review
