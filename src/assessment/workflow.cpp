#include "assessment/workflow.h"

#include "org/repo.h"

namespace jixiao::assessment {

const workflow::Workflow& assessment_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("assessment");
  return w;
}

repo::Queue queue_of(std::string_view actor, std::string_view actor_without_section) {
  repo::Queue q;
  const auto& w = assessment_workflow();
  for (const auto& state : w.states()) {
    bool acts = false, acts_without = false;
    for (const auto& t : w.transitions()) {
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

std::optional<repo::Queue> named_queue(std::string_view name) {
  if (name == "finance") return queue_of("finance");
  if (name == "office") return queue_of("office");
  if (name == "scorer") return queue_of("scorer");
  return std::nullopt;
}

workflow::Actors assessment_actors(soci::session& s, const auth::Principal& me,
                                   const Assessment& a) {
  workflow::Actors out;
  if (is_author_role(me.role) && repo::find(s, a.id, {auth::write_scope(me), 0})) {
    out.emplace_back("author");
    // The suggestions are the department's to accept, not the office's that made them.
    if (me.role != auth::Role::performance_office) out.emplace_back("department");
  }
  const auto department = org::repo::find_unit(s, a.department_id);
  const long long section = department ? department->section_id : 0;
  const bool office = me.role == auth::Role::performance_office && me.region_id == a.region_id;
  if (office ||
      (me.role == auth::Role::business_section && section != 0 && me.section_id == section))
    out.emplace_back("finance");
  if (office) out.emplace_back("office");
  if (is_scorer_role(me.role)) {
    bool mine = false;
    long long open = 0;
    for (const auto& c : repo::scorers(s, a.id)) {
      if (!c.submitted_at.empty()) continue;
      ++open;
      if (c.scorer_id == me.user_id) mine = true;
    }
    // The last row listed first in the table: its submission completes the scoring.
    if (mine && open == 1) out.emplace_back("last_scorer");
    if (mine) out.emplace_back("scorer");
  }
  return out;
}

}  // namespace jixiao::assessment
