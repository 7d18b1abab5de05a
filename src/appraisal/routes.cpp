#include "appraisal/routes.h"

#include <boost/json.hpp>

#include "appraisal/json.h"
#include "base/error.h"
#include "base/json.h"
#include "http/json_body.h"
#include "http/query_params.h"

namespace jixiao::appraisal {

namespace {

std::string subject_param(const http::Request& req) {
  const auto s = http::query_text(req, "subject", 20);
  if (!s) throw invalid("subject", "请指明考核对象：department（本级部门）或 region（下级地区）");
  return *s;
}

}  // namespace

void add_appraisal_routes(http::Router& router, AppraisalService& service,
                          const auth::Guard& guard) {
  // The literal paths before /appraisals/{id}.
  router.add(
      "GET", "/api/v1/appraisals/scorecard",
      {.summary = "绩效考核计分表", .subject = "appraisal_scorecard", .query = {"year", "subject"}},
      guard([&service](http::Request& req, const auth::Principal& me) {
        const auto year = http::required_year(req);
        return http::Response::json(
            scorecard_json(service.scorecard(me, year, subject_param(req))));
      }));
  router.add("GET", "/api/v1/appraisals/scorecard/rows",
             {.summary = "考核计分项的明细",
              .subject = "appraisal_scorecard",
              .query = {"year", "item", "subject", "subject_id", "limit", "offset"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto year = http::required_year(req);
               const auto subject_id = http::query_int(req, "subject_id", 1, INT64_MAX);
               if (!subject_id) throw invalid("subject_id", "请指明考核对象");
               const auto item = http::query_text(req, "item", 50);
               if (!item) throw invalid("item", "请指明评分项");
               const int limit = http::query_limit(req);
               const long long offset = http::query_offset(req);
               return http::Response::json(rows_json(
                   service.rows(me, year, subject_param(req), *subject_id, *item, limit, offset),
                   limit, offset));
             }));
  router.add(
      "GET", "/api/v1/appraisals/weights",
      {.summary = "查看考核权重", .subject = "own", .query = {"year"}},
      guard([&service](http::Request& req, const auth::Principal& me) {
        return http::Response::json(weights_json(service.weights(me, http::required_year(req))));
      }));
  router.add("PUT", "/api/v1/appraisals/weights",
             {.summary = "保存考核权重", .subject = "own", .query = {"year"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto year = http::required_year(req);
               const auto weights = http::with_body(req, [](JsonReader& r) {
                 const auto* v = r.value("weights");
                 if (!v || !v->is_object()) throw invalid("weights", "请填写各评分项的权重");
                 return v->as_object();
               });
               return http::Response::json(weights_json(service.set_weights(me, year, weights)));
             }));
  router.add("GET", "/api/v1/appraisals",
             {.summary = "考核列表", .subject = "appraisal", .query = {"year"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               boost::json::array items;
               for (const auto& a : service.list(me, http::required_year(req)))
                 items.push_back(appraisal_json(a, me));
               // The list contract: every appraisal of the year at once (two at most).
               const auto total = static_cast<long long>(items.size());
               return http::Response::json(boost::json::object{
                   {"items", std::move(items)}, {"next_cursor", nullptr}, {"total", total}});
             }));
  // Always of the caller's own region: nothing else can be aimed at.
  router.add("POST", "/api/v1/appraisals", {.summary = "新建考核", .subject = "own"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               long long year = 0;
               std::string subject;
               http::with_body(req, [&](JsonReader& r) {
                 year = r.required_int("year", 2000, 2100);
                 subject = r.required_string("subject", 20);
                 return 0;
               });
               auto res =
                   http::Response::json(appraisal_json(service.create(me, year, subject), me));
               res.status = 201;
               return res;
             }));
  router.add("GET", "/api/v1/appraisals/{id}", {.summary = "查看考核", .subject = "appraisal"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(appraisal_json(service.get(me, req.id_param()), me));
             }));
  for (const auto& [action, summary] :
       {std::pair{"compute", "计算考核得分"}, std::pair{"issue", "下达考核结果"}}) {
    const std::string name(action);
    router.add("POST", "/api/v1/appraisals/{id}/" + name,
               {.summary = summary, .subject = "appraisal"},
               guard([&service, name](http::Request& req, const auth::Principal& me) {
                 const long long version = http::with_body(
                     req, [](JsonReader& r) { return r.required_int("version", 1, INT64_MAX); });
                 const auto a = name == "compute" ? service.compute(me, req.id_param(), version)
                                                  : service.issue(me, req.id_param(), version);
                 return http::Response::json(appraisal_json(a, me));
               }));
  }
}

}  // namespace jixiao::appraisal
