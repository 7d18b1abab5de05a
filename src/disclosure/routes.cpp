#include "disclosure/routes.h"

#include <boost/json.hpp>

#include "base/clock.h"
#include "base/error.h"
#include "base/json.h"
#include "disclosure/json.h"
#include "http/history_json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/query_params.h"

namespace jixiao::disclosure {

namespace {

repo::Filter read_filter(const http::Request& req) {
  repo::Filter f;
  f.year = http::query_int(req, "year", 2000, 2100);
  f.status = http::query_text(req, "status", 20);
  if (f.status && !is_status(*f.status))
    throw invalid("status", "公开状态只能是 due、published 或 withdrawn");
  f.kind = http::query_text(req, "kind", 20);
  if (f.kind && !is_kind(*f.kind)) throw invalid("kind", "公开事项的种类不正确");
  f.region_id = http::query_int(req, "region_id", 1, INT64_MAX);
  f.department_id = http::query_int(req, "department_id", 1, INT64_MAX);
  f.title = http::query_text(req, "q", 100);
  f.after_id = http::query_after_id(req);
  f.limit = http::query_limit(req);
  f.offset = http::query_offset(req);
  return f;
}

bool read_overdue(const http::Request& req) {
  const auto v = http::query_text(req, "overdue", 5);
  if (v && *v != "1" && *v != "0" && *v != "true" && *v != "false")
    throw invalid("overdue", "overdue 只能是 1 或 0");
  return v && (*v == "1" || *v == "true");
}

StepInput read_step(JsonReader& r) {
  StepInput s;
  s.action = r.required_string("action", 30);
  s.reason = r.optional_string("reason", 2000).value_or("");
  return s;
}

}  // namespace

void add_disclosure_routes(http::Router& router, DisclosureService& service,
                           const auth::Guard& guard) {
  router.add(
      "POST", "/api/v1/disclosures:open", {.summary = "生成年度信息公开事项", .subject = "own"},
      guard([&service](http::Request& req, const auth::Principal& me) {
        const long long year =
            http::with_body(req, [](JsonReader& r) { return r.required_int("year", 2000, 2100); });
        const long long added = service.open(me, year);
        return http::Response::json(boost::json::object{{"year", year}, {"added", added}});
      }));

  router.add("GET", "/api/v1/disclosures",
             {.summary = "信息公开事项列表",
              .subject = "disclosure",
              .query = {"year", "department_id", "kind", "overdue", "q", "region_id", "status",
                        "limit", "offset", "cursor"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto page = service.list(me, read_filter(req), read_overdue(req));
               const std::string today = now_iso().substr(0, 10);
               boost::json::array items;
               for (const auto& d : page.items) items.push_back(item_json(d, today));
               return http::Response::json(http::list_object(
                   std::move(items), http::id_cursor(page.next_after), page.total));
             }));

  // Before /disclosures/{id}: the router takes the first pattern that fits.
  router.add("GET", "/api/v1/disclosures/rates",
             {.summary = "信息公开率", .subject = "own", .query = {"year"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(rates_json(service.rates(me, http::required_year(req))));
             }));

  router.add("POST", "/api/v1/disclosures:bulk",
             {.summary = "批量办理信息公开事项", .subject = "disclosure"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               std::vector<long long> ids;
               const auto in = http::with_body(req, [&](JsonReader& r) {
                 const auto* v = r.value("ids");
                 if (!v || !v->is_array() || v->as_array().empty())
                   throw invalid("ids", "请选择要办理的公开事项");
                 if (v->as_array().size() > 500) throw invalid("ids", "一次最多办理 500 项");
                 for (const auto& e : v->as_array()) {
                   if (!e.is_int64() || e.as_int64() < 1) throw invalid("ids", "事项编号不正确");
                   ids.push_back(e.as_int64());
                 }
                 return read_step(r);
               });
               return http::Response::json(bulk_json(service.bulk(me, ids, in)));
             }));

  router.add("GET", "/api/v1/disclosures/{id}",
             {.summary = "查看信息公开事项", .subject = "disclosure"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(view_json(service.get(me, req.id_param())));
             }));

  router.add(
      "POST", "/api/v1/disclosures/{id}/steps",
      {.summary = "信息公开流程操作（公开、撤回等）", .subject = "disclosure"},
      guard([&service](http::Request& req, const auth::Principal& me) {
        long long version = 0;
        const auto in = http::with_body(req, [&](JsonReader& r) {
          version = r.required_int("version", 1, INT64_MAX);
          return read_step(r);
        });
        return http::Response::json(view_json(service.step(me, req.id_param(), version, in)));
      }));

  router.add("GET", "/api/v1/disclosures/{id}/history",
             {.summary = "信息公开事项的流转记录", .subject = "disclosure"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::history_json(service.history(me, req.id_param()));
             }));
}

}  // namespace jixiao::disclosure
