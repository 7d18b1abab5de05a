#include "self_evaluation/evaluation_routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "base/vocabulary.h"
#include "http/history_json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/query_params.h"
#include "self_evaluation/json.h"
#include "self_evaluation/workflow.h"

namespace jixiao::self_evaluation {

namespace {

constexpr Fen kMaxFen = 100'000'000'000'000LL;  // 1 万亿元, as a project's amount

repo::Filter read_filter(const http::Request& req) {
  repo::Filter f;
  f.year = http::query_int(req, "year", 2000, 2100);
  f.round_id = http::query_int(req, "round_id", 1, INT64_MAX);
  f.status = http::query_text(req, "status", 20);
  if (f.status && !evaluation_workflow().is_state(*f.status))
    throw invalid("status", "自评状态不正确");
  f.kind = http::query_text(req, "kind", 20);
  if (f.kind && *f.kind != "project" && *f.kind != "department")
    throw invalid("kind", "自评类别只能是项目或部门整体");
  f.department_id = http::query_int(req, "department_id", 1, INT64_MAX);
  f.unit_id = http::query_int(req, "unit_id", 1, INT64_MAX);
  f.project_id = http::query_int(req, "project_id", 1, INT64_MAX);
  f.grade = http::query_text(req, "grade", 20);
  if (f.grade && !vocabulary("grade").contains(*f.grade))
    throw invalid("grade", "等级只能是优、良、中或差");
  f.words = http::query_text(req, "q", 100);
  if (f.words && f.words->empty()) f.words.reset();
  if (auto queue = http::query_text(req, "queue", 20)) {
    f.queue = named_queue(*queue);
    if (!f.queue) throw invalid("queue", "待办队列只能是待部门汇总或待绩效科确认");
  }
  f.after_id = http::query_after_id(req);
  f.limit = http::query_limit(req);
  f.offset = http::query_offset(req);
  return f;
}

long long read_version(JsonReader& in) { return in.required_int("version", 1, INT64_MAX); }

}  // namespace

void add_evaluation_routes(http::Router& router, EvaluationService& service,
                           const auth::Guard& guard) {
  // --- rounds: a region's opening of a year (registered before {id})
  router.add("GET", "/api/v1/self-evaluations/rounds",
             {.summary = "自评轮次列表", .subject = "self_evaluation_round", .query = {"year"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               boost::json::array items;
               for (const auto& r : service.rounds(me, http::query_int(req, "year", 2000, 2100)))
                 items.push_back(round_json(r, service.scoring(r.id)));
               return http::list_json(std::move(items));
             }));

  router.add("POST", "/api/v1/self-evaluations/rounds",
             {.summary = "开启年度自评", .subject = "self_evaluation_round"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto in = http::with_body(req, [](JsonReader& r) {
                 RoundInput i;
                 i.year = r.required_int("year", 2000, 2100);
                 i.due = r.required_string("due", 10);
                 return i;
               });
               return http::Response::json(round_json(service.open_round(me, in)), 201);
             }));

  router.add("GET", "/api/v1/self-evaluations/rounds/{id}",
             {.summary = "查看自评轮次", .subject = "self_evaluation_round"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto [r, running] = service.round(me, req.id_param());
               return http::Response::json(round_json(r, running));
             }));

  // The round scored again under the rules as they now stand, in the background: the answer is
  // at once (202), the page follows `scoring` on the round.
  router.add("POST", "/api/v1/self-evaluations/rounds/{id}/score",
             {.summary = "按现行规则重新计分", .subject = "self_evaluation_round"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto [r, running] = service.start_scoring(me, req.id_param());
               return http::Response::json(round_json(r, running), 202);
             }));

  // The department passes many submitted evaluations at once, all or none.
  router.add("POST", "/api/v1/self-evaluations:consolidate",
             {.summary = "部门批量汇总自评", .subject = "self_evaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               std::vector<long long> ids, versions;
               http::with_body(req, [&](JsonReader& r) {
                 auto read = [&](const char* key, std::vector<long long>& out, bool required) {
                   const auto* v = r.value(key);
                   if (!v) {
                     if (required) throw invalid(key, "请选择要汇总的自评");
                     return;
                   }
                   if (!v->is_array()) throw invalid(key, "应为列表");
                   if (v->as_array().size() > 500) throw invalid(key, "一次最多汇总 500 份");
                   std::size_t n = 0;
                   for (const auto& x : v->as_array()) {
                     const std::string field = std::string(key) + "[" + std::to_string(n++) + "]";
                     if (!x.is_int64() || x.as_int64() < 1) throw invalid(field, "应为正整数");
                     out.push_back(x.as_int64());
                   }
                 };
                 read("ids", ids, true);
                 read("versions", versions, false);
                 return 0;
               });
               boost::json::array items;
               for (const auto& e : service.consolidate(me, ids, versions))
                 items.push_back(evaluation_json(e));
               return http::list_json(std::move(items));
             }));

  // --- evaluations
  router.add("GET", "/api/v1/self-evaluations",
             {.summary = "绩效自评列表",
              .subject = "self_evaluation",
              .query = {"year", "department_id", "grade", "kind", "project_id", "q", "queue",
                        "round_id", "status", "unit_id", "limit", "offset", "cursor"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               auto page = service.list(me, read_filter(req));
               boost::json::array items;
               for (const auto& e : page.items) items.push_back(evaluation_json(e));
               return http::Response::json(http::list_object(
                   std::move(items), http::id_cursor(page.next_after), page.total));
             }));

  router.add("GET", "/api/v1/self-evaluations/{id}",
             {.summary = "查看绩效自评", .subject = "self_evaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(view_json(service.get(me, req.id_param())));
             }));

  router.add(
      "PUT", "/api/v1/self-evaluations/{id}",
      {.summary = "保存绩效自评表", .subject = "self_evaluation"},
      guard([&service](http::Request& req, const auth::Principal& me) {
        long long version = 0;
        const auto in = http::with_body(req, [&](JsonReader& r) {
          version = read_version(r);
          EvaluationInput i;
          i.goal_achieved = r.optional_string("goal_achieved", 4000);
          i.problems = r.optional_string("problems", 4000);
          i.improvements = r.optional_string("improvements", 4000);
          i.executed_fen = r.optional_int("executed_fen", -kMaxFen, kMaxFen);
          if (const auto* items = r.value("indicators")) i.indicators = read_answers(items);
          return i;
        });
        return http::Response::json(view_json(service.save(me, req.id_param(), version, in)));
      }));

  router.add(
      "POST", "/api/v1/self-evaluations/{id}/steps",
      {.summary = "自评流程操作（提交、汇总、审核等）", .subject = "self_evaluation"},
      guard([&service](http::Request& req, const auth::Principal& me) {
        long long version = 0;
        const auto in = http::with_body(req, [&](JsonReader& r) {
          version = read_version(r);
          StepInput s;
          s.action = r.required_string("action", 30);
          s.decision = r.optional_string("decision", 30).value_or("");
          s.opinion = r.optional_string("opinion", 2000).value_or("");
          return s;
        });
        return http::Response::json(view_json(service.step(me, req.id_param(), version, in)));
      }));

  router.add("GET", "/api/v1/self-evaluations/{id}/history",
             {.summary = "自评的流转记录", .subject = "self_evaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::history_json(service.history(me, req.id_param()));
             }));
}

}  // namespace jixiao::self_evaluation
