#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "monitoring/service.h"

namespace jixiao::monitoring {

void add_monitoring_routes(http::Router& router, MonitoringService& service,
                           const auth::Guard& guard);

}  // namespace jixiao::monitoring
