// The review's workflows (data/workflows/self_evaluation_review_plan.json for plans,
// self_evaluation_review.json for each sampled evaluation) and which of their actors a caller
// plays.
#pragma once

#include "auth/model.h"
#include "self_evaluation/review_model.h"
#include "workflow/workflow.h"

namespace jixiao::self_evaluation {

const workflow::Workflow& plan_workflow();
const workflow::Workflow& sample_workflow();

// office: the performance office of the plan's region.
workflow::Actors plan_actors(const auth::Principal& me, const ReviewPlan& p);
// office: the performance office of the sample's plan's region; reviewer: the one assigned.
workflow::Actors sample_actors(const auth::Principal& me, const ReviewPlan& p,
                               const ReviewSample& x);

}  // namespace jixiao::self_evaluation
