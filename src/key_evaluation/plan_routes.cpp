#include "key_evaluation/plan_routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "base/vocabulary.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/query_params.h"
#include "key_evaluation/evaluation_json.h"
#include "key_evaluation/plan_json.h"
#include "key_evaluation/workflow.h"

namespace jixiao::key_evaluation {

namespace {

using auth::Principal;
using http::Request;
using http::Response;

std::optional<std::string> term(const Request& req, const char* name, const char* vocab,
                                const char* label) {
  auto v = http::query_text(req, name, 32);
  if (v && !vocabulary(vocab).contains(*v))
    throw invalid(name, std::string(label) + "不正确，请从列表中选择");
  return v;
}

EvaluationFilter read_filter(const Request& req) {
  EvaluationFilter f;
  f.year = http::query_int(req, "year", 2000, 2100);
  f.region_id = http::query_int(req, "region_id", 1, INT64_MAX);
  f.kind = term(req, "kind", "key_evaluation_kind", "评价类别");
  f.mode = term(req, "mode", "key_evaluation_mode", "评价方式");
  f.fund_type = term(req, "fund_type", "fund_type", "资金类型");
  f.status = http::query_text(req, "status", 32);
  if (f.status && !evaluation_workflow().is_state(*f.status))
    throw invalid("status", "评价状态不正确，请从列表中选择");
  f.text = http::query_text(req, "q", 50);
  if (f.text && f.text->empty()) f.text.reset();
  // waiting=1: what waits for the caller; PlanService::list names the caller's queue.
  if (const auto w = http::query_text(req, "waiting", 1); w && *w == "1") f.queue = "mine";
  f.limit = http::query_limit(req);
  f.offset = http::query_offset(req);
  return f;
}

Response shown_json(const ShownEvaluation& e, int status = 200) {
  return Response::json(evaluation_json(e.item, e.actions), status);
}

}  // namespace

void add_plan_routes(http::Router& router, PlanService& plan, const auth::Guard& guard) {
  // Before /{id}: the router takes the first pattern that matches.
  router.add("GET", "/api/v1/key-evaluations/suggestions",
             {.summary = "重点评价对象建议",
              .subject = "key_evaluation_plan",
              .query = {"year", "region_id"}},
             guard([&plan](Request& req, const Principal& me) {
               const long long year = http::required_year(req);
               const auto region = http::query_int(req, "region_id", 1, INT64_MAX);
               return Response::json(suggestions_json(plan.suggestions(me, year, region)));
             }));
  router.add("GET", "/api/v1/key-evaluations/coverage",
             {.summary = "重点评价覆盖率",
              .subject = "key_evaluation_plan",
              .query = {"year", "region_id"}},
             guard([&plan](Request& req, const Principal& me) {
               const long long year = http::required_year(req);
               const auto region = http::query_int(req, "region_id", 1, INT64_MAX);
               return Response::json(coverage_json(plan.coverage(me, year, region)));
             }));
  router.add("GET", "/api/v1/key-evaluations",
             {.summary = "财政重点评价列表",
              .subject = "key_evaluation",
              .query = {"year", "fund_type", "kind", "mode", "q", "region_id", "status", "waiting",
                        "limit", "offset"}},
             guard([&plan](Request& req, const Principal& me) {
               const auto page = plan.list(me, read_filter(req));
               boost::json::array items;
               for (const auto& e : page.items) items.push_back(evaluation_json(e.item, e.actions));
               // Paged by offset: the plan of a region is tens of subjects.
               return http::list_json(std::move(items), std::nullopt, page.total);
             }));
  router.add("GET", "/api/v1/key-evaluations/{id}",
             {.summary = "查看财政重点评价", .subject = "key_evaluation"},
             guard([&plan](Request& req, const Principal& me) {
               return shown_json(plan.get(me, req.id_param()));
             }));
  router.add("POST", "/api/v1/key-evaluations",
             {.summary = "将评价对象列入计划", .subject = "key_evaluation"},
             guard([&plan](Request& req, const Principal& me) {
               const auto in = http::with_body(req, read_plan_input);
               return shown_json(plan.create(me, in), 201);
             }));
  router.add("PUT", "/api/v1/key-evaluations/{id}",
             {.summary = "修改计划中的评价对象", .subject = "key_evaluation"},
             guard([&plan](Request& req, const Principal& me) {
               long long version = 0;
               const auto in = http::with_body(req, [&](JsonReader& body) {
                 version = body.required_int("version", 1, INT64_MAX);
                 return read_plan_input(body);
               });
               return shown_json(plan.update(me, req.id_param(), version, in));
             }));
  router.add("DELETE", "/api/v1/key-evaluations/{id}",
             {.summary = "从计划中删除评价对象", .subject = "key_evaluation", .query = {"version"}},
             guard([&plan](Request& req, const Principal& me) {
               const auto version = http::query_int(req, "version", 1, INT64_MAX);
               if (!version) throw invalid("version", "请提供版本号");
               plan.remove(me, req.id_param(), *version);
               return Response::no_content();
             }));
}

}  // namespace jixiao::key_evaluation
