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
// office whose write scope holds it. Units and departments read only.
workflow::Actors budget_action_actors(soci::session& s, const auth::Principal& me,
                                      const BudgetAction& a);

}  // namespace jixiao::result_application
