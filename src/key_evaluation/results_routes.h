#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "key_evaluation/results_service.h"

namespace jixiao::key_evaluation {

// GET and POST /api/v1/key-evaluations/{id}/results: a finalised evaluation's results letter
// and its problems handed to the findings ledger (R-RA-1).
void add_results_routes(http::Router& router, ResultsService& service, const auth::Guard& guard);

}  // namespace jixiao::key_evaluation
