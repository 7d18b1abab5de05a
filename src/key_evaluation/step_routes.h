// The routes of a key evaluation's workflow after it is planned: its steps, experts, quality
// sheets, fee and timeline (docs/API.md, "Key evaluations: the workflow").
#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "key_evaluation/step_service.h"

namespace jixiao::key_evaluation {

void add_step_routes(http::Router& router, StepService& service, const auth::Guard& guard);

}  // namespace jixiao::key_evaluation
