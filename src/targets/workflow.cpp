#include "targets/workflow.h"

#include "org/repo.h"
#include "targets/repo.h"

namespace jixiao::targets {

const workflow::Workflow& target_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("target");
  return w;
}

repo::Queue review_queue(std::string_view action, std::string_view actor,
                         std::string_view actor_without_section) {
  repo::Queue q;
  for (const auto& state : target_workflow().states()) {
    if (target_workflow().allows(state.name, action, {std::string(actor)}))
      q.states.push_back(state.name);
    else if (!actor_without_section.empty() &&
             target_workflow().allows(state.name, action, {std::string(actor_without_section)}))
      q.states_without_section.push_back(state.name);
  }
  return q;
}

std::optional<repo::Queue> named_queue(std::string_view name) {
  if (name == "department") return department_queue();
  if (name == "section") return section_queue();
  if (name == "office") return office_queue();
  return std::nullopt;
}

workflow::Actors target_actors(soci::session& s, const auth::Principal& me, const Target& t) {
  workflow::Actors out;
  if (is_author_role(me.role) && repo::find(s, t.id, {auth::write_scope(me), 0})) {
    // Its submit rows precede the author's in the table, so they are the ones taken.
    if (t.unit_id == t.department_id || me.role != auth::Role::unit)
      out.emplace_back("author_above_unit");
    else
      out.emplace_back("unit_author");
    out.emplace_back("author");
  }
  // Its own targets skip its review (author_above_unit); one left waiting anyway (loaded in
  // bulk, say) is still its to pass on rather than stuck.
  if (me.role == auth::Role::department && me.department_id == t.department_id)
    out.emplace_back("department");
  const auto department = org::repo::find_unit(s, t.department_id);
  const long long section = department ? department->section_id : 0;
  if (me.role == auth::Role::business_section && section != 0 && me.section_id == section)
    out.emplace_back("section");
  if (me.role == auth::Role::performance_office && me.region_id == t.region_id) {
    out.emplace_back("office");
    if (section == 0) out.emplace_back("office_direct");
  }
  // An expert or agency reads only the targets assigned to it, so reaching t means assigned.
  if (is_assignable_role(me.role)) out.emplace_back("expert");
  return out;
}

}  // namespace jixiao::targets
