// The self-evaluations' routes: rounds, the list, the form and its workflow steps, and the
// department's consolidation of many at once.
#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "self_evaluation/service.h"

namespace jixiao::self_evaluation {

void add_evaluation_routes(http::Router& router, EvaluationService& service,
                           const auth::Guard& guard);

}  // namespace jixiao::self_evaluation
