// The workflow of a project: its states and who moves it on are the table in
// data/workflows/project.json; this file says which of its actors a caller plays for one project.
// A project's status changes only through these steps, never by editing or importing it.
#pragma once

#include <soci/soci.h>

#include "auth/model.h"
#include "projects/model.h"
#include "workflow/workflow.h"

namespace jixiao::projects {

// draft 草稿 → declared 已申报 → approved 已批复 → executing 执行中 → completed 已完成;
// returned 已退回 goes back to the author; cancelled 已取消 ends it.
const workflow::Workflow& project_workflow();

// The actors of a project (the table's `actor` column):
//   author   a unit, department or office whose write scope holds the project
//   finance  the performance office of the project's region, or the business section in charge
//            of its department (归口)
workflow::Actors project_actors(soci::session& s, const auth::Principal& me, const Project& p);

// The states a business section or office may decide on (the office's to-do).
std::vector<std::string> review_states();

}  // namespace jixiao::projects
