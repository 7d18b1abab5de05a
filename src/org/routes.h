#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "org/service.h"

namespace jixiao::org {

// Regions with their bureau and sections, units, and fiscal years under /api/v1.
void add_org_routes(http::Router& router, OrgService& org, const auth::Guard& guard);

}  // namespace jixiao::org
