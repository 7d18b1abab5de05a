#include "result_application/routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "http/history_json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/query_params.h"
#include "result_application/json.h"
#include "result_application/workflow.h"
#include "rules/model.h"

namespace jixiao::result_application {

namespace {

repo::Filter read_filter(const http::Request& req) {
  repo::Filter f;
  f.year = http::query_int(req, "year", 2000, 2100);
  f.status = http::query_text(req, "status", 20);
  if (f.status && !budget_action_workflow().is_state(*f.status))
    throw invalid("status", "状态只能是 proposed、confirmed、changed 或 waived");
  f.kind = http::query_text(req, "kind", 20);
  if (f.kind && !is_action_kind(*f.kind))
    throw invalid("kind", "调整方式只能是 prioritise、cap、cut 或 cancel");
  f.source = http::query_text(req, "source", 40);
  if (f.source && !is_source(*f.source)) throw invalid("source", "来源不正确");
  f.department_id = http::query_int(req, "department_id", 1, INT64_MAX);
  f.unit_id = http::query_int(req, "unit_id", 1, INT64_MAX);
  f.project_id = http::query_int(req, "project_id", 1, INT64_MAX);
  const auto breach = http::query_text(req, "breach", 5);
  if (breach && *breach != "1" && *breach != "0") throw invalid("breach", "breach 只能是 1 或 0");
  f.breach = breach && *breach == "1";
  f.after_id = http::query_after_id(req);
  f.limit = http::query_limit(req);
  f.offset = http::query_offset(req);
  return f;
}

// A percentage with two decimals at most, 0 to 100, in hundredths.
long long read_percent(const boost::json::value& v, const std::string& field) {
  long long h = 0;
  try {
    h = rules::hundredths(v);
  } catch (const std::exception&) {
    throw invalid(field, "压减比例应为最多两位小数的数字");
  }
  if (h < 0 || h > 10000) throw invalid(field, "压减比例应在 0 至 100% 之间");
  return h;
}

}  // namespace

void add_result_application_routes(http::Router& router, ResultApplicationService& service,
                                   const auth::Guard& guard) {
  router.add("GET", "/api/v1/budget-actions",
             {.summary = "结果应用（预算措施）列表",
              .subject = "budget_action",
              .query = {"year", "breach", "department_id", "kind", "project_id", "source", "status",
                        "unit_id", "limit", "offset", "cursor"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto page = service.list(me, read_filter(req));
               boost::json::array items;
               for (const auto& a : page.items)
                 items.push_back(view_json({a, allowed_actions(me, a)}));
               return http::Response::json(http::list_object(
                   std::move(items), http::id_cursor(page.next_after), page.total));
             }));

  // Before /budget-actions/{id}: the router takes the first pattern that fits.
  router.add(
      "GET", "/api/v1/budget-actions/summary",
      {.summary = "预算措施汇总", .subject = "budget_action_summary", .query = {"year"}},
      guard([&service](http::Request& req, const auth::Principal& me) {
        return http::Response::json(summary_json(service.summary(me, http::required_year(req))));
      }));

  router.add("POST", "/api/v1/budget-actions:propose",
             {.summary = "按评价等级生成预算措施建议", .subject = "own"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const long long year = http::with_body(
                   req, [](JsonReader& r) { return r.required_int("year", 2000, 2100); });
               const auto p = service.propose(me, year);
               return http::Response::json(
                   boost::json::object{{"year", year},
                                       {"self_evaluation", p.proposed.self_evaluation},
                                       {"key_evaluation", p.proposed.key_evaluation},
                                       {"monitoring", p.proposed.monitoring},
                                       {"assessment", p.proposed.assessment},
                                       {"picked_up", p.picked_up}});
             }));

  router.add("POST", "/api/v1/budget-actions:confirm",
             {.summary = "批量确认预算措施", .subject = "budget_action"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto ids = http::with_body(req, [](JsonReader& r) {
                 std::vector<long long> out;
                 const auto* v = r.value("ids");
                 if (!v || !v->is_array()) throw invalid("ids", "请选择要确认的调整建议");
                 for (const auto& x : v->as_array()) {
                   if (!x.is_int64() || x.as_int64() < 1) throw invalid("ids", "编号不正确");
                   out.push_back(x.as_int64());
                 }
                 if (out.size() > 500) throw invalid("ids", "一次最多确认 500 条");
                 return out;
               });
               return http::Response::json(
                   boost::json::object{{"confirmed", service.confirm_many(me, ids)}});
             }));

  router.add("POST", "/api/v1/budget-actions:what-if",
             {.summary = "模拟预算措施的影响", .subject = "own"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               boost::json::object bands;
               const long long year = http::with_body(req, [&](JsonReader& r) {
                 const long long y = r.required_int("year", 2000, 2100);
                 if (const auto* b = r.value("bands")) {
                   if (!b->is_object()) throw invalid("bands", "调整规则应为对象");
                   bands = b->as_object();
                 }
                 return y;
               });
               return http::Response::json(what_if_json(service.what_if(me, year, bands)));
             }));

  router.add("GET", "/api/v1/budget-actions/{id}",
             {.summary = "查看预算措施", .subject = "budget_action"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(view_json(service.get(me, req.id_param())));
             }));

  router.add(
      "POST", "/api/v1/budget-actions/{id}/steps",
      {.summary = "预算措施流程操作", .subject = "budget_action"},
      guard([&service](http::Request& req, const auth::Principal& me) {
        long long version = 0;
        const auto in = http::with_body(req, [&](JsonReader& r) {
          version = r.required_int("version", 1, INT64_MAX);
          StepInput s;
          s.action = r.required_string("action", 30);
          s.kind = r.optional_string("kind", 20).value_or("");
          if (const auto* c = r.value("cut_percent")) s.cut = read_percent(*c, "cut_percent");
          s.reason = r.optional_string("reason", 2000).value_or("");
          return s;
        });
        return http::Response::json(view_json(service.step(me, req.id_param(), version, in)));
      }));

  router.add("GET", "/api/v1/budget-actions/{id}/history",
             {.summary = "预算措施的流转记录", .subject = "budget_action"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::history_json(service.history(me, req.id_param()));
             }));

  router.add("POST", "/api/v1/project-links:auto",
             {.summary = "自动关联上年项目", .subject = "own"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               std::string by;
               const long long year = http::with_body(req, [&](JsonReader& r) {
                 by = r.required_string("by", 10);
                 return r.required_int("year", 2000, 2100);
               });
               return http::Response::json(
                   boost::json::object{{"year", year}, {"linked", service.link(me, year, by)}});
             }));

  router.add("GET", "/api/v1/project-links/suggestions",
             {.summary = "上年项目关联建议", .subject = "own", .query = {"year"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               boost::json::array items;
               for (const auto& s : service.suggestions(me, http::required_year(req)))
                 items.push_back(suggestion_json(s));
               return http::list_json(std::move(items));
             }));

  router.add("GET", "/api/v1/projects/{id}/predecessor",
             {.summary = "查看项目的上年项目", .subject = "project"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto l = service.predecessor(me, req.id_param());
               return http::Response::json(l ? boost::json::value(link_json(*l))
                                             : boost::json::value(nullptr));
             }));

  router.add("PUT", "/api/v1/projects/{id}/predecessor",
             {.summary = "设置项目的上年项目", .subject = "project"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const long long predecessor = http::with_body(req, [](JsonReader& r) {
                 return r.required_int("predecessor_id", 1, INT64_MAX);
               });
               return http::Response::json(
                   link_json(service.set_predecessor(me, req.id_param(), predecessor)));
             }));
}

}  // namespace jixiao::result_application
