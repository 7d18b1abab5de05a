// The annual report's figure routes: the figures of a work year, the funnel of a fiscal year and
// the rows behind a figure (JSON or CSV).
#pragma once

#include "annual_report/service.h"
#include "auth/routes.h"
#include "http/router.h"

namespace jixiao::annual_report {

void add_figure_routes(http::Router& router, AnnualReportFigures& service,
                       const auth::Guard& guard);

}  // namespace jixiao::annual_report
