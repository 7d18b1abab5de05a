// POST /api/v1/self-evaluations:import: filled 项目支出绩效自评表 of a year into the caller's
// evaluations, all or nothing.
#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "self_evaluation/service.h"

namespace jixiao::self_evaluation {

void add_import_routes(http::Router& router, EvaluationService& service, const auth::Guard& guard);

}  // namespace jixiao::self_evaluation
