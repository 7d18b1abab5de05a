#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "rectify/service.h"

namespace jixiao::rectify {

void add_rectify_routes(http::Router& router, FindingService& service, const auth::Guard& guard);

}  // namespace jixiao::rectify
