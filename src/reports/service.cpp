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

// The tail becomes one 其他 bar so that a chart stays readable.
std::vector<projects::ProjectGroup> top(std::vector<projects::ProjectGroup> groups, int n,
                                        const char* rest_label) {
  if (groups.size() <= static_cast<std::size_t>(n)) return groups;
  projects::ProjectGroup rest{"other", rest_label, 0, 0};
  for (std::size_t i = n; i < groups.size(); ++i) {
    rest.count += groups[i].count;
    rest.amount_fen += groups[i].amount_fen;
  }
  groups.resize(n);
  groups.push_back(rest);
  return groups;
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
    st.by_department = top(projects::repo::group_totals(s, f, scope, GroupKey::department),
                           top_departments, "其他部门");
    if (scope.kind == auth::DataScope::Kind::department)
      st.by_unit = top(projects::repo::group_totals(s, f, scope, GroupKey::unit), top_departments,
                       "其他单位");
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
