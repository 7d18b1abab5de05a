#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "reports/service.h"

namespace jixiao::reports {

// GET /api/v1/statistics/projects?year= and GET /api/v1/todos?year=.
void add_report_routes(http::Router& router, ReportService& reports, const auth::Guard& guard);

}  // namespace jixiao::reports
