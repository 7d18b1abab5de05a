// The annual report's workflow (data/workflows/annual_report.json) and the actors a caller plays.
#pragma once

#include "auth/model.h"
#include "workflow/workflow.h"

namespace jixiao::annual_report {

const workflow::Workflow& report_workflow();

// office: the performance office of the report's region.
workflow::Actors report_actors(const auth::Principal& me, long long region_id);

}  // namespace jixiao::annual_report
