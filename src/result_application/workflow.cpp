#include "result_application/workflow.h"

namespace jixiao::result_application {

const workflow::Workflow& budget_action_workflow() {
  static const workflow::Workflow w = workflow::load_workflow("budget_action");
  return w;
}

workflow::Actors budget_action_actors(const auth::Principal& me, const BudgetAction& a) {
  workflow::Actors out;
  if (me.role == auth::Role::performance_office && a.region_id == me.region_id)
    out.emplace_back("office");
  if (me.role == auth::Role::business_section) out.emplace_back("section");
  return out;
}

std::vector<std::string> allowed_actions(const auth::Principal& me, const BudgetAction& a) {
  return budget_action_workflow().allowed_actions(a.status, budget_action_actors(me, a));
}

}  // namespace jixiao::result_application
