#include "projects/todos.h"

#include "projects/repo.h"

namespace jixiao::projects {

void add_todos(workflow::TodoRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, long long year,
                  std::vector<workflow::Todo>& out) {
    using auth::Role;
    const auto scope = auth::write_scope(me);
    auto projects_in = [&](const char* status) {
      ProjectFilter f;
      f.year = year;
      f.status = status;
      return repo::totals(s, f, scope).count;
    };
    const std::string y = std::to_string(year);
    if (me.role == Role::unit || me.role == Role::department || me.role == Role::business_section ||
        me.role == Role::performance_office) {
      if (long long n = projects_in("draft"))
        out.push_back(
            {"draft_projects", y + " 年度项目草稿待完善并申报", n, "/projects?status=draft"});
    }
    if (me.role == Role::business_section || me.role == Role::performance_office) {
      if (long long n = projects_in("declared"))
        out.push_back(
            {"declared_projects", y + " 年度已申报项目待审核", n, "/projects?status=declared"});
    }
  });
}

}  // namespace jixiao::projects
