#pragma once

#include "accounts/service.h"
#include "auth/routes.h"
#include "http/router.h"

namespace jixiao::accounts {

// /api/v1/users: list, read, create, edit, lock, unlock and reset password.
void add_account_routes(http::Router& router, AccountService& accounts, const auth::Guard& guard);

}  // namespace jixiao::accounts
