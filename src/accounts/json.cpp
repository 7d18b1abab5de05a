#include "accounts/json.h"

#include <boost/json.hpp>

#include "auth/model.h"
#include "auth/token.h"
#include "base/clock.h"
#include "base/json.h"

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
          {"kind", u.kind},
          {"kind_label", u.kind == "service" ? "接口账号" : "用户"},
          {"version", u.version},
          {"created_at", u.created_at},
          {"updated_at", u.updated_at}};
}

boost::json::object token_json(const auth::token_repo::TokenRow& t) {
  boost::json::array routes;
  for (const auto& r : auth::split_routes(t.routes)) routes.emplace_back(r);
  const bool revoked = !t.revoked_at.empty();
  const bool expired = auth::token_expired(t.expires_on, now_iso().substr(0, 10));
  const char* status = revoked ? "revoked" : expired ? "expired" : "active";
  return {
      {"id", t.id},
      {"user_id", t.user_id},
      {"name", t.name},
      {"prefix", t.prefix},
      {"routes", std::move(routes)},
      {"expires_on", t.expires_on},
      {"created_at", t.created_at},
      {"status", status},
      {"status_label", revoked   ? "已吊销"
                       : expired ? "已过期"
                                 : "有效"},
      {"revoked_at", revoked ? boost::json::value(t.revoked_at) : nullptr},
      {"last_used_at", t.last_used_at ? boost::json::value(format_iso(t.last_used_at)) : nullptr},
      {"last_used_from", t.last_used_from}};
}

UserInput read_user_input(JsonReader& in) {
  UserInput u;
  u.username = in.optional_string("username", 32);
  u.display_name = in.optional_string("display_name", 50);
  u.role = in.optional_string("role", 32);
  u.region_id = in.optional_int("region_id", 1, INT64_MAX);
  u.unit_id = in.optional_int("unit_id", 0, INT64_MAX);
  u.section_id = in.optional_int("section_id", 0, INT64_MAX);
  return u;
}

}  // namespace jixiao::accounts
