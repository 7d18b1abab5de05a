// Routes of the self-evaluation review (自评复核抽查): plans, their preview, fixing, reviewers and
// samples, and the reviewer's queue and scores. docs/API.md, "Self-evaluation review".
#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "self_evaluation/review_service.h"

namespace jixiao::self_evaluation {

void add_review_routes(http::Router& router, ReviewService& service, const auth::Guard& guard);

}  // namespace jixiao::self_evaluation
