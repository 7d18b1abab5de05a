#include "rectify/routes.h"

#include <boost/json.hpp>

#include "base/clock.h"
#include "base/error.h"
#include "base/json.h"
#include "http/history_json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/query_params.h"
#include "rectify/json.h"

namespace jixiao::rectify {

namespace {

repo::Filter read_filter(const http::Request& req) {
  repo::Filter f;
  f.year = http::query_int(req, "year", 2000, 2100);
  f.status = http::query_text(req, "status", 20);
  if (f.status && !is_status(*f.status))
    throw invalid("status", "整改状态只能是 open、answered 或 closed");
  f.source = http::query_text(req, "source", 40);
  f.unit_id = http::query_int(req, "unit_id", 1, INT64_MAX);
  f.department_id = http::query_int(req, "department_id", 1, INT64_MAX);
  f.project_id = http::query_int(req, "project_id", 1, INT64_MAX);
  f.document_id = http::query_int(req, "document_id", 1, INT64_MAX);
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

}  // namespace

void add_rectify_routes(http::Router& router, FindingService& service, const auth::Guard& guard) {
  router.add("GET", "/api/v1/findings",
             {.summary = "整改台账列表",
              .subject = "finding",
              .query = {"year", "department_id", "document_id", "overdue", "project_id", "source",
                        "status", "unit_id", "limit", "offset", "cursor"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto page = service.list(me, read_filter(req), read_overdue(req));
               const std::string today = now_iso().substr(0, 10);
               boost::json::array items;
               for (const auto& f : page.items) items.push_back(finding_json(f, today));
               return http::Response::json(http::list_object(
                   std::move(items), http::id_cursor(page.next_after), page.total));
             }));

  // Before /findings/{id}: the router takes the first pattern that fits.
  router.add("GET", "/api/v1/findings/statistics",
             {.summary = "整改率统计", .subject = "finding_statistics", .query = {"year"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(
                   statistics_json(service.statistics(me, http::required_year(req))));
             }));

  router.add("GET", "/api/v1/findings/{id}", {.summary = "查看整改事项", .subject = "finding"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(view_json(service.get(me, req.id_param())));
             }));

  router.add(
      "POST", "/api/v1/findings/{id}/steps",
      {.summary = "整改流程操作（答复、销号、重开等）", .subject = "finding"},
      guard([&service](http::Request& req, const auth::Principal& me) {
        long long version = 0;
        const auto in = http::with_body(req, [&](JsonReader& r) {
          version = r.required_int("version", 1, INT64_MAX);
          StepInput s;
          s.action = r.required_string("action", 30);
          s.answer = r.optional_string("answer", 4000).value_or("");
          s.opinion = r.optional_string("opinion", 2000).value_or("");
          return s;
        });
        return http::Response::json(view_json(service.step(me, req.id_param(), version, in)));
      }));

  router.add("GET", "/api/v1/findings/{id}/history",
             {.summary = "整改事项的流转记录", .subject = "finding"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::history_json(service.history(me, req.id_param()));
             }));
}

}  // namespace jixiao::rectify
