#include "result_application/workflow.h"

#include "result_application/repo.h"

namespace jixiao::result_application {

const workflow::Workflow& budget_action_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("budget_action");
  return w;
}

workflow::Actors budget_action_actors(soci::session& s, const auth::Principal& me,
                                      const BudgetAction& a) {
  workflow::Actors out;
  const bool office = me.role == auth::Role::performance_office;
  const bool section = me.role == auth::Role::business_section;
  if ((office || section) && repo::find(s, a.id, auth::write_scope(me)))
    out.emplace_back(office ? "office" : "section");
  return out;
}

}  // namespace jixiao::result_application
