#include "auth/routes.h"

#include <boost/json.hpp>

#include "auth/token.h"
#include "base/crypto.h"
#include "base/error.h"
#include "base/json.h"
#include "http/json_body.h"

namespace jixiao::auth {

namespace {

bool changes_state(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

}  // namespace

Principal Guard::check(http::Request& req, const GuardOptions& options) const {
  if (tokens_) {
    if (const auto name = token_in_query(req.query)) tokens_->refuse_in_query(*name);
    if (const auto token = bearer_token(req.header("authorization"))) {
      Principal me = tokens_->authenticate(*token, route_key(req.method, req.route), req.client);
      if (changes_state(req.method) && is_read_only(me.role) && !options.writes_nothing)
        throw forbidden("您的角色只能查询，不能修改数据");
      return me;
    }
  }
  Principal me = auth_.authenticate(req.cookie(kSessionCookie));
  if (changes_state(req.method)) {
    if (!constant_time_equal(req.header("x-csrf-token"), me.csrf_token))
      throw AppError(ErrorKind::forbidden, "csrf", "缺少或错误的 CSRF 令牌，请刷新页面后重试");
    if (is_read_only(me.role) && !options.while_password_change_pending && !options.writes_nothing)
      throw forbidden("您的角色只能查询，不能修改数据");
  }
  if (me.must_change_password && !options.while_password_change_pending)
    throw AppError(ErrorKind::forbidden, "password_change_required", "请先修改初始密码");
  return me;
}

std::string session_cookie(const http::Request& req, const std::string& value, int max_age) {
  std::string c = std::string(kSessionCookie) + "=" + value +
                  "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age);
  if (req.secure) c += "; Secure";
  return c;
}

http::Handler Guard::operator()(GuardedHandler handler, GuardOptions options) const {
  GuardedAdmission admit = std::move(options.admit);
  options.admit = {};
  return http::Handler(
      [this, handler = std::move(handler), options](http::Request& req) {
        const Principal me = check(req, options);
        http::Response res = handler(req, me);
        res.user = me.username;
        return res;
      },
      [this, admit = std::move(admit), options](http::Request& req) {
        const Principal me = check(req, options);
        if (admit) admit(req, me);
      });
}

http::FastHandler Guard::fast(FastGuardedHandler handler) const {
  return [this, handler = std::move(handler)](http::Request& req) -> std::optional<http::Response> {
    if (req.method != "GET") return std::nullopt;
    if (tokens_ && token_in_query(req.query)) return std::nullopt;
    std::optional<Principal> me;
    if (const auto token = bearer_token(req.header("authorization")))
      me = tokens_ ? tokens_->authenticate_cached(*token, route_key(req.method, req.route))
                   : std::nullopt;
    else
      me = auth_.authenticate_cached(req.cookie(kSessionCookie));
    if (!me || me->must_change_password) return std::nullopt;
    auto res = handler(req, *me);
    if (res) res->user = me->username;
    return res;
  };
}

boost::json::object principal_json(const Principal& p) {
  boost::json::object o;
  o["id"] = p.user_id;
  o["username"] = p.username;
  o["display_name"] = p.display_name;
  o["role"] = role_name(p.role);
  o["role_label"] = role_label(p.role);
  o["region_id"] = p.region_id;
  o["region_name"] = p.region_name;
  o["unit_id"] = p.unit_id ? boost::json::value(p.unit_id) : nullptr;
  o["unit_name"] = p.unit_id ? boost::json::value(p.unit_name) : nullptr;
  o["department_id"] = p.department_id ? boost::json::value(p.department_id) : nullptr;
  o["section_id"] = p.section_id ? boost::json::value(p.section_id) : nullptr;
  o["must_change_password"] = p.must_change_password;
  return o;
}

void add_auth_routes(http::Router& router, AuthService& auth, const Guard& guard) {
  const GuardOptions pending{
      .while_password_change_pending = true, .writes_nothing = false, .admit = {}};

  router.add("POST", "/api/v1/sessions",
             {.summary = "登录", .subject = "own", .request = "Login", .answer = "Session"},
             [&auth](http::Request& req) {
               const auto [username, password] = http::with_body(req, [](JsonReader& in) {
                 return std::pair{in.required_string("username", 64),
                                  in.optional_string("password", 128, false).value_or("")};
               });
               if (password.empty()) throw invalid("password", "请输入密码");
               auto result = auth.login(username, password);
               boost::json::object out{{"user", principal_json(result.principal)},
                                       {"csrf_token", result.principal.csrf_token}};
               auto res = http::Response::json(out);
               res.set_header("Set-Cookie", session_cookie(req, result.session_token,
                                                           auth.options().idle_minutes * 60 * 16));
               res.set_header("Cache-Control", "no-store");
               res.user = username;
               return res;
             });

  router.add("DELETE", "/api/v1/sessions/current", {.summary = "退出登录", .subject = "own"},
             guard(
                 [&auth](http::Request& req, const Principal&) {
                   auth.logout(req.cookie(kSessionCookie));
                   auto res = http::Response::no_content();
                   res.set_header("Set-Cookie", session_cookie(req, "", 0));
                   return res;
                 },
                 pending));

  router.add(
      "GET", "/api/v1/me", {.summary = "当前用户", .subject = "own", .answer = "Session"},
      guard(
          [](http::Request&, const Principal& me) {
            boost::json::object out{{"user", principal_json(me)}, {"csrf_token", me.csrf_token}};
            auto res = http::Response::json(out);
            res.set_header("Cache-Control", "no-store");
            return res;
          },
          pending));

  router.add("POST", "/api/v1/me/password", {.summary = "修改本人密码", .subject = "own"},
             guard(
                 [&auth](http::Request& req, const Principal& me) {
                   const auto [current, next] = http::with_body(req, [](JsonReader& in) {
                     return std::pair{in.required_string("current_password", 128, false),
                                      in.required_string("new_password", 128, false)};
                   });
                   auth.change_password(me, current, next, req.cookie(kSessionCookie));
                   return http::Response::no_content();
                 },
                 pending));
}

}  // namespace jixiao::auth
