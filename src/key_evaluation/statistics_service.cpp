#include "key_evaluation/statistics_service.h"

#include <algorithm>

#include "base/clock.h"
#include "base/error.h"
#include "base/vocabulary.h"
#include "key_evaluation/statistics_repo.h"
#include "org/repo.h"
#include "org/tree.h"

namespace jixiao::key_evaluation {

namespace {

std::vector<std::string> codes(std::string_view vocabulary_name) {
  std::vector<std::string> out;
  for (const auto& t : vocabulary(vocabulary_name).terms()) out.push_back(t.value);
  return out;
}

}  // namespace

Statistics KeyStatisticsService::statistics(const auth::Principal& me, long long year,
                                            std::optional<long long> region_id) {
  using auth::Role;
  if (me.role != Role::performance_office && me.role != Role::business_section &&
      me.role != Role::viewer)
    throw forbidden("重点评价统计只向财政部门和监督账号开放");
  auto scope = auth::read_scope(me);
  const bool tree = scope.kind == auth::DataScope::Kind::region_tree;
  if (region_id && !tree) throw forbidden("按地区查看重点评价统计限财政部门的账号");
  return db_.read([&](soci::session& s) {
    Statistics st;
    st.year = year;
    st.today = now_iso().substr(0, 10);
    Placement p;
    if (tree) {
      const auto regions = org::repo::list_regions(s, scope.path);
      const auto looked_at =
          std::ranges::find(regions, region_id.value_or(scope.id), &org::Region::id);
      if (looked_at == regions.end()) throw not_found("地区不存在或不在您的数据范围内");
      scope = {auth::DataScope::Kind::region_tree, looked_at->id, looked_at->path};
      st.region_id = looked_at->id;
      st.region_name = looked_at->name;
      p.looked_at = looked_at->id;
      p.looked_at_name = looked_at->name + "本级";
      const auto below = org::regions_below(regions, *looked_at);
      for (const auto* r : below.children) p.children.emplace_back(r->id, r->name);
      p.row_of = below.row_of;
    }
    const auto evaluations = statistics_repo::evaluation_cells(s, year, scope);
    const auto findings = statistics_repo::finding_cells(s, year, scope);
    sum_statistics(st, evaluations, findings, p,
                   {codes("key_evaluation_kind"), codes("fund_type"), codes("grade")});
    return st;
  });
}

}  // namespace jixiao::key_evaluation
