// JSON shapes of accounts, shared by the API and the audit log.
#pragma once

#include <boost/json/object.hpp>

#include "accounts/model.h"
#include "auth/token_repo.h"
#include "base/json.h"

namespace jixiao::accounts {

boost::json::object user_json(const User& u);
// The fields of a user (and a service account) an administrator sends, strictly read.
UserInput read_user_input(JsonReader& in);
// A token as its list shows it: never the secret (only its first characters), with its state.
boost::json::object token_json(const auth::token_repo::TokenRow& t);

}  // namespace jixiao::accounts
