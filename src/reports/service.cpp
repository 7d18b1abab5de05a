#include "reports/service.h"

#include <algorithm>
#include <map>

#include "org/repo.h"
#include "org/tree.h"
#include "projects/repo.h"

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
  return db_.read([&](soci::session& s) { return todos_.collect(s, me, year); });
}

std::vector<workflow::Found> ReportService::search(const auth::Principal& me,
                                                   const workflow::SearchQuery& q) {
  return db_.read([&](soci::session& s) { return search_.collect(s, me, q); });
}

}  // namespace jixiao::reports
