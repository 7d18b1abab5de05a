#include "projects/workflow.h"

#include "org/repo.h"
#include "projects/repo.h"

namespace jixiao::projects {

const workflow::Workflow& project_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("project");
  return w;
}

workflow::Actors project_actors(soci::session& s, const auth::Principal& me, const Project& p) {
  using auth::Role;
  workflow::Actors out;
  const bool writer =
      me.role == Role::unit || me.role == Role::department || me.role == Role::performance_office;
  if (writer && repo::find(s, p.id, auth::write_scope(me))) out.emplace_back("author");
  if (me.role == Role::performance_office && me.region_id == p.region_id)
    out.emplace_back("finance");
  if (me.role == Role::business_section) {
    const auto department = org::repo::find_unit(s, p.department_id);
    if (department && department->section_id != 0 && department->section_id == me.section_id)
      out.emplace_back("finance");
  }
  return out;
}

std::vector<std::string> review_states() {
  std::vector<std::string> out;
  for (const auto& state : project_workflow().states())
    if (project_workflow().allows(state.name, "review", {"finance"})) out.push_back(state.name);
  return out;
}

}  // namespace jixiao::projects
