#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "key_evaluation/plan_service.h"

namespace jixiao::key_evaluation {

// /api/v1/key-evaluations: the list and one evaluation, and the year's plan: put a subject in
// (POST), edit it (PUT /{id}), take it out (DELETE /{id}?version=), with /suggestions and
// /coverage of a region's plan.
void add_plan_routes(http::Router& router, PlanService& plan, const auth::Guard& guard);

}  // namespace jixiao::key_evaluation
