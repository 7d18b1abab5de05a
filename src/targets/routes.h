#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "targets/service.h"

namespace jixiao::targets {

void add_target_routes(http::Router& router, TargetService& targets, const auth::Guard& guard);

}  // namespace jixiao::targets
