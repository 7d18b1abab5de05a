#include "rules/routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/query_params.h"
#include "rules/json.h"

namespace jixiao::rules {

void add_rule_routes(http::Router& router, RuleService& rules, const auth::Guard& guard) {
  router.add("GET", "/api/v1/rules",
             {.summary = "规则列表（含本地区调整）", .subject = "own", .query = {"year"}},
             guard([&rules](http::Request& req, const auth::Principal& me) {
               boost::json::array items;
               const auto set = rules.list(me, http::required_year(req));
               for (const auto& r : set.rules()) items.push_back(rule_json(r));
               return http::list_json(std::move(items));
             }));

  router.add("PUT", "/api/v1/rules/{rule_id}",
             {.summary = "调整本地区的规则参数", .subject = "own", .query = {"year"}},
             guard([&rules](http::Request& req, const auth::Principal& me) {
               const long long year = http::required_year(req);
               const auto params = http::with_body(req, [](JsonReader& in) {
                 const auto* p = in.value("params");
                 if (!p || !p->is_object()) throw invalid("params", "请提供规则参数");
                 return p->as_object();
               });
               return http::Response::json(
                   rule_json(rules.update(me, year, req.params.at("rule_id"), params)));
             }));

  router.add(
      "DELETE", "/api/v1/rules/{rule_id}",
      {.summary = "取消本地区的规则调整", .subject = "own", .query = {"year"}},
      guard([&rules](http::Request& req, const auth::Principal& me) {
        const long long year = http::required_year(req);
        return http::Response::json(rule_json(rules.reset(me, year, req.params.at("rule_id"))));
      }));
}

}  // namespace jixiao::rules
