#include "accounts/routes.h"

#include <boost/json.hpp>

#include "accounts/json.h"
#include "base/error.h"
#include "base/json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/query_params.h"

namespace jixiao::accounts {

namespace {

using auth::Principal;
using http::Request;
using http::Response;

UserFilter read_filter(const Request& req) {
  UserFilter f;
  f.region_id = http::query_int(req, "region_id", 1, INT64_MAX);
  f.unit_id = http::query_int(req, "unit_id", 1, INT64_MAX);
  f.role = http::query_text(req, "role", 32);
  if (f.role && !auth::parse_role(*f.role)) throw invalid("role", "角色不正确");
  f.text = http::query_text(req, "q", 50);
  if (auto a = http::query_int(req, "active", 0, 1)) f.active = *a == 1;
  f.limit = http::query_limit(req);
  f.offset = http::query_offset(req);
  f.after_id = http::query_after_id(req);
  return f;
}

Response issued_json(const IssuedUser& issued, int status) {
  return Response::json(boost::json::object{{"user", user_json(issued.user)},
                                            {"initial_password", issued.initial_password}},
                        status);
}

}  // namespace

void add_account_routes(http::Router& router, AccountService& accounts, const auth::Guard& guard) {
  router.add(
      "GET", "/api/v1/users",
      {.summary = "用户列表",
       .subject = "user",
       .query = {"active", "q", "region_id", "role", "unit_id", "limit", "offset", "cursor"}},
      guard([&accounts](Request& req, const Principal& me) {
        const auto page = accounts.list(me, read_filter(req));
        boost::json::array items;
        for (const auto& u : page.items) items.push_back(user_json(u));
        return http::list_json(std::move(items), page.next_cursor, page.total);
      }));
  router.add("GET", "/api/v1/users/{id}", {.summary = "查看用户", .subject = "user"},
             guard([&accounts](Request& req, const Principal& me) {
               return Response::json(user_json(accounts.get(me, req.id_param())));
             }));
  router.add("POST", "/api/v1/users", {.summary = "新增用户", .subject = "user"},
             guard([&accounts](Request& req, const Principal& me) {
               const auto input = http::with_body(req, read_user_input);
               return issued_json(accounts.create(me, input), 201);
             }));
  router.add(
      "PATCH", "/api/v1/users/{id}", {.summary = "修改用户", .subject = "user"},
      guard([&accounts](Request& req, const Principal& me) {
        long long version = 0;
        const auto input = http::with_body(req, [&](JsonReader& in) {
          version = in.required_int("version", 1, INT64_MAX);
          return read_user_input(in);
        });
        return Response::json(user_json(accounts.update(me, req.id_param(), version, input)));
      }));
  router.add("POST", "/api/v1/users/{id}/lock", {.summary = "锁定用户", .subject = "user"},
             guard([&accounts](Request& req, const Principal& me) {
               return Response::json(user_json(accounts.lock(me, req.id_param())));
             }));
  router.add("POST", "/api/v1/users/{id}/unlock", {.summary = "解锁用户", .subject = "user"},
             guard([&accounts](Request& req, const Principal& me) {
               return Response::json(user_json(accounts.unlock(me, req.id_param())));
             }));
  router.add("POST", "/api/v1/users/{id}/password-reset",
             {.summary = "重置用户密码", .subject = "user"},
             guard([&accounts](Request& req, const Principal& me) {
               return issued_json(accounts.reset_password(me, req.id_param()), 200);
             }));
  // 退出所有设备 for one's own id (any role, its own cookie cleared too); an account's manager
  // for another's.
  router.add("DELETE", "/api/v1/users/{id}/sessions",
             {.summary = "注销用户的全部会话", .subject = "user"},
             guard(
                 [&accounts](Request& req, const Principal& me) {
                   const long long id = req.id_param();
                   accounts.end_sessions(me, id);
                   auto res = Response::no_content();
                   if (id == me.user_id)
                     res.set_header("Set-Cookie", auth::session_cookie(req, "", 0));
                   return res;
                 },
                 {.while_password_change_pending = true, .writes_nothing = false, .admit = {}}));
}

}  // namespace jixiao::accounts
