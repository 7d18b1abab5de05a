// The routes of result application: budget actions, their proposal and steps, project links,
// the what-if and the summary.
#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "result_application/service.h"

namespace jixiao::result_application {

void add_result_application_routes(http::Router& router, ResultApplicationService& service,
                                   const auth::Guard& guard);

}  // namespace jixiao::result_application
