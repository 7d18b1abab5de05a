#include "self_evaluation/workflow.h"

namespace jixiao::self_evaluation {

const workflow::Workflow& evaluation_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("self_evaluation");
  return w;
}

namespace {

bool is_author_role(auth::Role r) {
  return r == auth::Role::unit || r == auth::Role::department ||
         r == auth::Role::performance_office;
}

}  // namespace

std::optional<repo::Queue> named_queue(std::string_view name) {
  if (name != "department" && name != "office") return std::nullopt;
  repo::Queue q;
  for (const auto& state : evaluation_workflow().states())
    for (const auto& t : evaluation_workflow().transitions())
      if (t.from == state.name && t.actor == name) {
        q.states.push_back(state.name);
        break;
      }
  return q;
}

workflow::Actors evaluation_actors(soci::session& s, const auth::Principal& me,
                                   const Evaluation& e) {
  workflow::Actors out;
  if (is_author_role(me.role) && repo::find(s, e.id, auth::write_scope(me))) {
    // A department's own evaluation, and one a department or office fills for its unit, needs
    // no consolidation by the department (as a target's review, R-TR-1).
    if (me.role != auth::Role::unit || e.unit_id == e.department_id)
      out.emplace_back("author_above_unit");
    out.emplace_back("author");
  }
  if (me.role == auth::Role::department && me.department_id == e.department_id)
    out.emplace_back("department");
  if (me.role == auth::Role::performance_office && me.region_id == e.region_id)
    out.emplace_back("office");
  return out;
}

std::string_view status_label(std::string_view status) {
  return evaluation_workflow().state_label(status);
}

}  // namespace jixiao::self_evaluation
