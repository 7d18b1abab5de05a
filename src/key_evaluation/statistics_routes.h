#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "key_evaluation/statistics_service.h"

namespace jixiao::key_evaluation {

// GET /api/v1/key-evaluations/statistics?year=&region_id=. Registered before any route of
// /api/v1/key-evaluations/{id}, which would otherwise take "statistics" for an id.
void add_statistics_routes(http::Router& router, KeyStatisticsService& service,
                           const auth::Guard& guard);

}  // namespace jixiao::key_evaluation
