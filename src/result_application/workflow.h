// The workflow of a budget action: its states and who moves it on are the table in
// data/workflows/budget_action.json; this file says which of its actors a caller plays for one.
#pragma once

#include <soci/soci.h>

#include "auth/model.h"
#include "result_application/model.h"
#include "workflow/workflow.h"

namespace jixiao::result_application {

// proposed 待确认 → confirmed 已确认 / changed 已调整 / waived 不予执行; the office reopens.
const workflow::Workflow& budget_action_workflow();

// section: the business section in charge of the action's department; office: the performance
// office of the action's region (its write scope). Units and departments read only. For an action
// read in the caller's read scope, which for a section is its write scope.
workflow::Actors budget_action_actors(const auth::Principal& me, const BudgetAction& a);

// What the caller may do with an action read in its scope.
std::vector<std::string> allowed_actions(const auth::Principal& me, const BudgetAction& a);

}  // namespace jixiao::result_application
