// HTTP binding of the self-evaluation stage.
#pragma once

#include "auth/routes.h"
#include "db/database.h"
#include "http/router.h"

namespace jixiao::self_evaluation {

// POST /api/v1/self-evaluations:score, the stateless scoring (score_json.h); the routes of the
// evaluations themselves are added beside it.
void add_self_evaluation_routes(http::Router& router, db::Database& db, const auth::Guard& guard);

}  // namespace jixiao::self_evaluation
