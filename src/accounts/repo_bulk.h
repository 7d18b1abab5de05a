// Accounts in bulk for loads (`bench-data`): one vector bind for every account.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "accounts/model.h"

namespace jixiao::accounts::repo {

// Inserts the users, active, all with the same password hash.
void insert_bulk(soci::session& s, const std::vector<User>& users,
                 const std::string& password_hash);

}  // namespace jixiao::accounts::repo
