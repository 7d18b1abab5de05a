// JSON shapes of accounts, shared by the API and the audit log.
#pragma once

#include <boost/json/object.hpp>

#include "accounts/model.h"

namespace jixiao::accounts {

boost::json::object user_json(const User& u);

}  // namespace jixiao::accounts
