// Who may manage which accounts, and the checks of what an administrator sets on one: shared by
// the users' and the service accounts' use cases.
#pragma once

#include <soci/soci.h>

#include "accounts/model.h"
#include "auth/model.h"
#include "org/repo.h"

namespace jixiao::accounts {

// The admin and the performance office manage accounts (403 otherwise).
void require_manager(const auth::Principal& me);
// The admin manages its region tree, the office its own region.
bool may_manage_region(const auth::Principal& me, const org::Region& r);
// A user the caller may see (404 otherwise) and, when write is set, change (403 otherwise).
User visible_user(soci::session& s, const auth::Principal& me, long long id, bool write);
// The form of the fields set (400 naming the first wrong one).
void validate_input(const UserInput& in);
// Checks the placement of u (region, unit, section) against its role and the database.
void resolve_placement(soci::session& s, User& u);
void apply_input(User& u, const UserInput& in);

}  // namespace jixiao::accounts
