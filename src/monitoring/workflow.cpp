#include "monitoring/workflow.h"

#include "org/repo.h"

namespace jixiao::monitoring {

const workflow::Workflow& report_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("monitoring_report");
  return w;
}

namespace {

repo::Queue queue_of(std::string_view actor, std::string_view actor_without_section) {
  repo::Queue q;
  for (const auto& state : report_workflow().states()) {
    bool acts = false, acts_without = false;
    for (const auto& t : report_workflow().transitions()) {
      if (t.from != state.name) continue;
      if (t.actor == actor) acts = true;
      if (!actor_without_section.empty() && t.actor == actor_without_section) acts_without = true;
    }
    if (acts)
      q.states.push_back(state.name);
    else if (acts_without)
      q.states_without_section.push_back(state.name);
  }
  return q;
}

bool is_author_role(auth::Role r) {
  return r == auth::Role::unit || r == auth::Role::department ||
         r == auth::Role::performance_office;
}

}  // namespace

std::optional<repo::Queue> named_queue(std::string_view name) {
  if (name == "section") return queue_of("section", "");
  if (name == "office") return queue_of("office", "office_direct");
  return std::nullopt;
}

workflow::Actors report_actors(soci::session& s, const auth::Principal& me, const Report& r) {
  workflow::Actors out;
  if (is_author_role(me.role) && repo::find(s, r.id, auth::write_scope(me)))
    out.emplace_back("author");
  const auto department = org::repo::find_unit(s, r.department_id);
  const long long section = department ? department->section_id : 0;
  if (me.role == auth::Role::business_section && section != 0 && me.section_id == section)
    out.emplace_back("section");
  if (me.role == auth::Role::performance_office && me.region_id == r.region_id) {
    out.emplace_back("office");
    if (section == 0) out.emplace_back("office_direct");
  }
  return out;
}

}  // namespace jixiao::monitoring
