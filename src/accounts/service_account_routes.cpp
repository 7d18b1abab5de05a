#include "accounts/service_account_routes.h"

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

boost::json::object account_json(const ServiceAccount& a) {
  auto o = user_json(a.user);
  boost::json::array tokens;
  for (const auto& t : a.tokens) tokens.push_back(token_json(t));
  o["tokens"] = std::move(tokens);
  return o;
}

}  // namespace

void add_service_account_routes(http::Router& router, ServiceAccountService& accounts,
                                const auth::Guard& guard) {
  router.add("GET", "/api/v1/service-accounts",
             {.summary = "接口账号列表",
              .subject = "service_account",
              .query = {"region_id", "q", "active", "limit", "offset", "cursor"}},
             guard([&accounts](Request& req, const Principal& me) {
               UserFilter f;
               f.region_id = http::query_int(req, "region_id", 1, INT64_MAX);
               f.text = http::query_text(req, "q", 50);
               if (auto a = http::query_int(req, "active", 0, 1)) f.active = *a == 1;
               f.limit = http::query_limit(req);
               f.offset = http::query_offset(req);
               f.after_id = http::query_after_id(req);
               const auto page = accounts.list(me, f);
               boost::json::array items;
               for (const auto& a : page.items) items.push_back(account_json(a));
               return http::list_json(std::move(items), page.next_cursor, page.total);
             }));
  router.add("GET", "/api/v1/service-accounts/{id}",
             {.summary = "一个接口账号及其令牌", .subject = "service_account"},
             guard([&accounts](Request& req, const Principal& me) {
               return Response::json(account_json(accounts.get(me, req.id_param())));
             }));
  router.add("POST", "/api/v1/service-accounts",
             {.summary = "新建接口账号", .subject = "service_account"},
             guard([&accounts](Request& req, const Principal& me) {
               const auto input = http::with_body(req, read_user_input);
               return Response::json(account_json(accounts.create(me, input)), 201);
             }));
  // The answer carries the secret, this once; it is stored as its hash alone.
  router.add(
      "POST", "/api/v1/service-accounts/{id}/tokens",
      {.summary = "签发接口令牌（令牌只显示这一次）", .subject = "service_account"},
      guard([&accounts](Request& req, const Principal& me) {
        const auto input = http::with_body(req, [](JsonReader& in) {
          TokenRequest t;
          t.name = in.required_string("name", 50);
          t.expires_on = in.required_string("expires_on", 10);
          t.routes =
              in.optional_string_array("routes", 100, 200).value_or(std::vector<std::string>{});
          return t;
        });
        const auto issued = accounts.issue(me, req.id_param(), input);
        auto res = Response::json(
            boost::json::object{{"token", token_json(issued.token)}, {"secret", issued.secret}},
            201);
        res.set_header("Cache-Control", "no-store");
        return res;
      }));
  router.add("POST", "/api/v1/api-tokens/{id}/revoke",
             {.summary = "吊销接口令牌", .subject = "api_token"},
             guard([&accounts](Request& req, const Principal& me) {
               return Response::json(token_json(accounts.revoke(me, req.id_param())));
             }));
  router.add("GET", "/api/v1/api-token-routes", {.summary = "令牌可限定的接口", .subject = "own"},
             guard([&accounts](Request&, const Principal& me) {
               boost::json::array items;
               for (const auto& key : accounts.routes(me)) {
                 const auto space = key.find(' ');
                 items.push_back(boost::json::object{{"key", key},
                                                     {"method", key.substr(0, space)},
                                                     {"pattern", key.substr(space + 1)},
                                                     {"summary", accounts.summary(key)}});
               }
               return Response::json(boost::json::object{{"items", std::move(items)}});
             }));
}

}  // namespace jixiao::accounts
