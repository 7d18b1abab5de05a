// The annual report's routes under /api/v1/annual-reports/{year}: the report, its narrative,
// its freeze and its Word file.
#pragma once

#include "annual_report/report_service.h"
#include "auth/routes.h"
#include "http/router.h"

namespace jixiao::annual_report {

void add_report_routes(http::Router& router, AnnualReportService& service,
                       const auth::Guard& guard);

}  // namespace jixiao::annual_report
