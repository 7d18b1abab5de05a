#include "targets/search.h"

#include "targets/steps.h"

namespace jixiao::targets {

void add_search(workflow::SearchRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, const workflow::SearchQuery& q,
                  std::vector<workflow::Found>& out) {
    if (me.role == auth::Role::admin) return;  // the administrator handles no targets
    repo::TargetFilter f;
    f.year = q.year;
    f.words = q.words;
    f.descending = true;
    f.limit = q.limit;
    // Experts and agencies read only what is assigned to them, on their review page.
    const bool reviewer = is_assignable_role(me.role);
    auto rows = repo::list(s, f, reader_of(me));
    if (rows.size() > static_cast<std::size_t>(q.limit)) rows.resize(q.limit);
    for (const auto& t : rows) {
      const bool project = t.kind == "project";
      out.push_back({"target", "绩效目标", t.id, project ? t.project_code : "",
                     project ? t.project_name : t.department_name + "（部门整体）",
                     project ? t.unit_name : t.department_name,
                     "/targets/" + std::to_string(t.id) + (reviewer ? "/review" : "")});
    }
  });
}

}  // namespace jixiao::targets
