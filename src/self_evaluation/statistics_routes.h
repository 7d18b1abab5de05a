// GET /api/v1/self-evaluations/statistics: the year's self-evaluation statistics in the caller's
// scope (statistics_service.h). Added before the evaluations' routes, whose
// /self-evaluations/{id} would take the path first.
#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "self_evaluation/statistics_service.h"

namespace jixiao::self_evaluation {

void add_statistics_routes(http::Router& router, StatisticsService& service,
                           const auth::Guard& guard);

}  // namespace jixiao::self_evaluation
