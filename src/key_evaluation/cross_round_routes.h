#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "key_evaluation/cross_round_service.h"

namespace jixiao::key_evaluation {

// /api/v1/key-evaluation-cross-rounds (with /{id}, /{id}/close, /{id}/history) and
// PUT /api/v1/key-evaluation-cross-reviews/{id} (a reviewer agency's scores).
void add_cross_round_routes(http::Router& router, CrossRoundService& service,
                            const auth::Guard& guard);

}  // namespace jixiao::key_evaluation
