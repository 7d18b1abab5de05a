// SQL for user administration.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <vector>

#include "accounts/model.h"
#include "auth/model.h"

namespace jixiao::accounts::repo {

std::optional<User> find(soci::session& s, long long id);
bool username_taken(soci::session& s, const std::string& username);
// Up to filter.limit + 1 users in the regions of the scope, by id.
std::vector<User> list(soci::session& s, const UserFilter& f, const auth::DataScope& scope);
long long count(soci::session& s, const UserFilter& f, const auth::DataScope& scope);
long long insert(soci::session& s, const User& u, const std::string& password_hash);
bool update(soci::session& s, const User& u, long long expected_version);
// Lock (active = 0) or unlock (active = 1, failed-login lock cleared); bumps the version.
void set_active(soci::session& s, long long id, bool active, const std::string& now);

}  // namespace jixiao::accounts::repo
