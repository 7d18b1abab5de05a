#include "projects/todos.h"

#include "projects/repo.h"
#include "projects/workflow.h"

namespace jixiao::projects {

// Projects waiting for the caller, by the states of the workflow: drafts and returned projects
// for whoever writes them, declared ones for finance (the office of the region, or the section
// in charge of the department).
void add_todos(workflow::TodoRegistry& registry) {
  registry.add([](soci::session& s, const auth::Principal& me, long long year,
                  std::vector<workflow::Todo>& out) {
    using auth::Role;
    auto projects_in = [&](const std::string& status, const auth::DataScope& scope) {
      ProjectFilter f;
      f.year = year;
      f.status = status;
      return repo::totals(s, f, scope).count;
    };
    const std::string y = std::to_string(year);
    if (me.role == Role::unit || me.role == Role::department ||
        me.role == Role::performance_office) {
      const auto scope = auth::write_scope(me);
      if (long long n = projects_in("draft", scope))
        out.push_back(
            {"draft_projects", y + " 年度项目草稿待完善并申报", n, "/projects?status=draft"});
      if (long long n = projects_in("returned", scope))
        out.push_back({"returned_projects", y + " 年度被退回的项目待修改后重新申报", n,
                       "/projects?status=returned"});
    }
    if (me.role == Role::business_section || me.role == Role::performance_office) {
      // The office decides on its own region's projects (its write scope), a section on its
      // departments'.
      const auto scope = auth::write_scope(me);
      long long n = 0;
      for (const auto& state : review_states()) n += projects_in(state, scope);
      if (n)
        out.push_back({"declared_projects", y + " 年度已申报项目待审核（批复或退回）", n,
                       "/projects?queue=review"});
    }
  });
}

}  // namespace jixiao::projects
