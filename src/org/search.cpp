#include "org/search.h"

#include "org/repo.h"

namespace jixiao::org {

void add_search(workflow::SearchRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, const workflow::SearchQuery& q,
                  std::vector<workflow::Found>& out) {
    // Those whose menu has 部门与单位: a unit's own unit is no page of its own.
    using auth::Role;
    if (me.role == Role::unit || me.role == Role::expert || me.role == Role::agency) return;
    UnitFilter f;
    f.name_contains = q.words;
    f.limit = q.limit;
    auto rows = repo::list_units(s, f, auth::read_scope(me));
    if (rows.size() > static_cast<std::size_t>(q.limit)) rows.resize(q.limit);
    for (const auto& u : rows) {
      const bool department = u.kind == "department";
      out.push_back({"unit", department ? "部门" : "单位", u.id, u.code, u.name,
                     department ? u.region_name : u.department_name, "/org/units?q=" + u.code});
    }
  });
}

}  // namespace jixiao::org
