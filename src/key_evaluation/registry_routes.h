#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "key_evaluation/registry_service.h"

namespace jixiao::key_evaluation {

// /api/v1/agencies (with /{id}/years, /{id}/suspend, /{id}/reactivate), /api/v1/agency-years/{id}
// and /api/v1/experts (with /{id}/suspend, /{id}/reactivate).
void add_registry_routes(http::Router& router, RegistryService& registry, const auth::Guard& guard);

}  // namespace jixiao::key_evaluation
