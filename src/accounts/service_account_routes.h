#pragma once

#include "accounts/service_accounts.h"
#include "auth/routes.h"
#include "http/router.h"

namespace jixiao::accounts {

// /api/v1/service-accounts (list, read, create; issue a token), /api/v1/api-tokens/{id}/revoke,
// and /api/v1/api-token-routes (what a token may be limited to). The administrator's alone.
void add_service_account_routes(http::Router& router, ServiceAccountService& accounts,
                                const auth::Guard& guard);

}  // namespace jixiao::accounts
