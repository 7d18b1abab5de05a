#pragma once

#include "auth/routes.h"
#include "budget_review/service.h"
#include "http/router.h"

namespace jixiao::budget_review {

void add_budget_review_routes(http::Router& router, ReviewService& reviews,
                              const auth::Guard& guard);

}  // namespace jixiao::budget_review
