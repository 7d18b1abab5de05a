#pragma once

#include "auth/routes.h"
#include "http/router.h"
#include "rules/service.h"

namespace jixiao::rules {

void add_rule_routes(http::Router& router, RuleService& rules, const auth::Guard& guard);

}  // namespace jixiao::rules
