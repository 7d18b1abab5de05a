#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "monitoring/notice_service.h"

namespace jixiao::monitoring {

void add_notice_routes(http::Router& router, NoticeService& service, const auth::Guard& guard);

}  // namespace jixiao::monitoring
