// /api/v1/appraisals…: the scorecards, the rows behind a point, the weights and the appraisals
// through their workflow to the notice.
#pragma once

#include "appraisal/service.h"
#include "auth/routes.h"
#include "http/router.h"

namespace jixiao::appraisal {

void add_appraisal_routes(http::Router& router, AppraisalService& service,
                          const auth::Guard& guard);

}  // namespace jixiao::appraisal
