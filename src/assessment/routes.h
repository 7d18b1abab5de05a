#pragma once

#include "assessment/service.h"
#include "auth/routes.h"
#include "http/router.h"

namespace jixiao::assessment {

void add_assessment_routes(http::Router& router, AssessmentService& service,
                           const auth::Guard& guard);

}  // namespace jixiao::assessment
