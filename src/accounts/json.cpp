#include "accounts/json.h"

#include <boost/json.hpp>

#include "auth/model.h"
#include "base/clock.h"

namespace jixiao::accounts {

boost::json::object user_json(const User& u) {
  const auto role = auth::parse_role(u.role);
  const bool locked = u.locked_until > now_unix();
  return {{"id", u.id},
          {"username", u.username},
          {"display_name", u.display_name},
          {"role", u.role},
          {"role_label", role ? auth::role_label(*role) : ""},
          {"region_id", u.region_id},
          {"region_name", u.region_name},
          {"unit_id", u.unit_id ? boost::json::value(u.unit_id) : nullptr},
          {"unit_name", u.unit_name},
          {"section_id", u.section_id ? boost::json::value(u.section_id) : nullptr},
          {"section_name", u.section_name},
          {"must_change_password", u.must_change_password},
          {"active", u.active},
          {"locked", !u.active || locked},
          {"locked_until", locked ? boost::json::value(u.locked_until) : nullptr},
          {"version", u.version},
          {"created_at", u.created_at},
          {"updated_at", u.updated_at}};
}

}  // namespace jixiao::accounts
