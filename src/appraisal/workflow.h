// The appraisal's workflow (data/workflows/appraisal.json) and the actors a caller plays.
#pragma once

#include "appraisal/model.h"
#include "auth/model.h"
#include "workflow/workflow.h"

namespace jixiao::appraisal {

const workflow::Workflow& appraisal_workflow();

// office: the performance office of the appraisal's region.
workflow::Actors appraisal_actors(const auth::Principal& me, const Appraisal& a);

}  // namespace jixiao::appraisal
