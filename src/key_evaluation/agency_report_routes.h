#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "key_evaluation/agency_report_service.h"

namespace jixiao::key_evaluation {

// GET /api/v1/agency-scorecards and /api/v1/agencies/{id}/fee-statement.
void add_agency_report_routes(http::Router& router, AgencyReportService& service,
                              const auth::Guard& guard);

}  // namespace jixiao::key_evaluation
