#include "assessment/routes.h"

#include <boost/json.hpp>

#include "assessment/json.h"
#include "assessment/report.h"
#include "assessment/workflow.h"
#include "base/error.h"
#include "base/json.h"
#include "http/history_json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/query_params.h"

namespace jixiao::assessment {

namespace {

constexpr long long kMaxFen = 100'000'000'000'000LL;

repo::Filter read_filter(const http::Request& req) {
  repo::Filter f;
  f.year = http::query_int(req, "year", 2000, 2100);
  f.status = http::query_text(req, "status", 20);
  if (f.status && !is_status(*f.status)) throw invalid("status", "评估状态不正确");
  f.level = http::query_text(req, "level", 10);
  if (f.level && !is_level(*f.level)) throw invalid("level", "评估层级只能是 self 或 key");
  f.conclusion = http::query_text(req, "conclusion", 30);
  if (f.conclusion && !is_conclusion(*f.conclusion)) throw invalid("conclusion", "评估结论不正确");
  f.department_id = http::query_int(req, "department_id", 1, INT64_MAX);
  f.project_id = http::query_int(req, "project_id", 1, INT64_MAX);
  if (auto queue = http::query_text(req, "queue", 20)) {
    if (*queue == "scorer") {
      f.unscored_only = true;
    } else {
      f.queue = named_queue(*queue);
      if (!f.queue) throw invalid("queue", "待办队列只能是 finance、office 或 scorer");
    }
  }
  f.after_id = http::query_after_id(req);
  f.limit = http::query_limit(req);
  f.offset = http::query_offset(req);
  return f;
}

long long read_version(JsonReader& in) { return in.required_int("version", 1, INT64_MAX); }

http::Response view_response(const AssessmentView& v, int status = 200) {
  return http::Response::json(view_json(v), status);
}

}  // namespace

void add_assessment_routes(http::Router& router, AssessmentService& service,
                           const auth::Guard& guard) {
  router.add("GET", "/api/v1/assessments",
             {.summary = "事前绩效评估列表",
              .subject = "assessment",
              .query = {"year", "conclusion", "department_id", "level", "project_id", "queue",
                        "status", "limit", "offset", "cursor"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               auto page = service.list(me, read_filter(req));
               boost::json::array items;
               for (const auto& a : page.items) items.push_back(assessment_json(a));
               return http::list_json(std::move(items), http::id_cursor(page.next_after),
                                      page.total);
             }));

  router.add("POST", "/api/v1/assessments",
             {.summary = "新建事前绩效评估", .subject = "assessment"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto [project_id, kind] = http::with_body(req, [](JsonReader& in) {
                 return std::pair{in.required_int("project_id", 1, INT64_MAX),
                                  in.optional_string("kind", 10).value_or("project")};
               });
               auto v = service.create(me, project_id, kind);
               auto res = view_response(v, 201);
               res.set_header("Location", "/api/v1/assessments/" + std::to_string(v.assessment.id));
               return res;
             }));

  // For the project page: whether the project needs an assessment, and why (R-EA-3).
  router.add("GET", "/api/v1/assessments:need",
             {.summary = "需要事前评估的项目", .subject = "project", .query = {"project_id"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto project_id = http::query_int(req, "project_id", 1, INT64_MAX);
               if (!project_id) throw invalid("project_id", "请指定项目");
               return http::Response::json(need_json(service.need(me, *project_id)));
             }));

  router.add("POST", "/api/v1/assessments:major",
             {.summary = "标记重大项目（须事前评估）", .subject = "project"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto [project_id, reason] = http::with_body(req, [](JsonReader& in) {
                 return std::pair{in.required_int("project_id", 1, INT64_MAX),
                                  in.required_string("reason", 500)};
               });
               return http::Response::json(need_json(service.mark_major(me, project_id, reason)));
             }));

  router.add("GET", "/api/v1/assessments:scorers",
             {.summary = "可选的评估评分人", .subject = "reviewer"},
             guard([&service](http::Request&, const auth::Principal& me) {
               boost::json::array items;
               for (const auto& [id, name, role] : service.scorer_candidates(me))
                 items.push_back({{"id", id},
                                  {"display_name", name},
                                  {"role", role},
                                  {"role_label", auth::role_label(*auth::parse_role(role))}});
               return http::list_json(std::move(items));
             }));

  router.add("GET", "/api/v1/statistics/assessments",
             {.summary = "事前评估统计", .subject = "assessment_statistics", .query = {"year"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(
                   statistics_json(service.statistics(me, http::required_year(req))));
             }));

  router.add("GET", "/api/v1/assessments/{id}",
             {.summary = "查看事前评估", .subject = "assessment"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return view_response(service.get(me, req.id_param()));
             }));

  // The department's self-assessment: kind, the sheet's scores and the report.
  router.add("PUT", "/api/v1/assessments/{id}/self",
             {.summary = "保存单位自评表", .subject = "assessment"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               long long version = 0;
               const auto in = http::with_body(req, [&](JsonReader& r) {
                 version = read_version(r);
                 SelfInput s;
                 s.kind = r.optional_string("kind", 10);
                 s.items = read_items(r.value("items"));
                 s.report = r.optional_string("report", 20000);
                 return s;
               });
               return view_response(service.save_self(me, req.id_param(), version, in));
             }));

  router.add("POST", "/api/v1/assessments/{id}/steps",
             {.summary = "事前评估流程操作（提交、退回等）", .subject = "assessment"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               long long version = 0;
               const auto in = http::with_body(req, [&](JsonReader& r) {
                 version = read_version(r);
                 StepInput s;
                 s.action = r.required_string("action", 30);
                 s.decision = r.optional_string("decision", 30).value_or("");
                 s.opinion = r.optional_string("opinion", 2000).value_or("");
                 s.suggested_amount_fen = r.optional_int("suggested_amount_fen", 0, kMaxFen);
                 s.suggested_target_changes = r.optional_string("suggested_target_changes", 2000);
                 return s;
               });
               return view_response(service.step(me, req.id_param(), version, in));
             }));

  router.add("POST", "/api/v1/assessments/{id}/scorers",
             {.summary = "指定评估评分人", .subject = "assessment"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               long long version = 0;
               const auto ids = http::with_body(req, [&](JsonReader& r) {
                 version = read_version(r);
                 const auto* v = r.value("scorer_ids");
                 if (!v || !v->is_array()) throw invalid("scorer_ids", "请指定评分人");
                 if (v->as_array().size() > 50) throw invalid("scorer_ids", "评分人最多 50 名");
                 std::vector<long long> out;
                 std::size_t i = 0;
                 for (const auto& id : v->as_array()) {
                   if (!id.is_int64() || id.as_int64() <= 0)
                     throw invalid("scorer_ids[" + std::to_string(i) + "]", "应为用户编号");
                   out.push_back(id.as_int64());
                   ++i;
                 }
                 return out;
               });
               return view_response(service.assign(me, req.id_param(), version, ids));
             }));

  // An assigned scorer's own sheet: saved, or submitted with "submit": true.
  router.add("PUT", "/api/v1/assessments/{id}/score",
             {.summary = "保存评分人的评分表", .subject = "assessment"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               bool submit = false;
               std::string opinion;
               const auto items = http::with_body(req, [&](JsonReader& r) {
                 submit = r.optional_bool("submit").value_or(false);
                 opinion = r.optional_string("opinion", 2000).value_or("");
                 return read_items(r.value("items"));
               });
               return view_response(service.score(me, req.id_param(), items, opinion, submit));
             }));

  router.add("POST", "/api/v1/assessments/{id}/conclusion",
             {.summary = "给出评估结论和建议", .subject = "assessment"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               long long version = 0;
               const auto in = http::with_body(req, [&](JsonReader& r) {
                 version = read_version(r);
                 ConcludeInput c;
                 c.suggested_amount_fen = r.optional_int("suggested_amount_fen", 0, kMaxFen);
                 c.suggested_target_changes =
                     r.optional_string("suggested_target_changes", 2000).value_or("");
                 c.opinion = r.optional_string("opinion", 2000).value_or("");
                 return c;
               });
               return view_response(service.conclude(me, req.id_param(), version, in));
             }));

  router.add("POST", "/api/v1/assessments/{id}/accept",
             {.summary = "采纳评估建议", .subject = "assessment"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const long long version =
                   http::with_body(req, [](JsonReader& r) { return read_version(r); });
               return view_response(service.accept_suggestions(me, req.id_param(), version));
             }));

  router.add("GET", "/api/v1/assessments/{id}/history",
             {.summary = "事前评估的流转记录", .subject = "assessment"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::history_json(service.history(me, req.id_param()));
             }));

  // The assessment report, print-ready HTML in the official layout.
  router.add("GET", "/api/v1/assessments/{id}/report",
             {.summary = "事前评估报告（HTML）", .subject = "assessment", .answer = http::kHtml},
             guard([&service](http::Request& req, const auth::Principal& me) {
               http::Response res;
               res.content_type = "text/html; charset=utf-8";
               res.body = report_html(service.get(me, req.id_param()));
               return res;
             }));

  router.add(
      "GET", "/api/v1/assessments/{id}/docx",
      {.summary = "下载事前评估报告（Word）", .subject = "assessment", .answer = http::kDocx},
      guard([&service](http::Request& req, const auth::Principal& me) {
        const auto v = service.get(me, req.id_param());
        return http::download(documents::docx_of(report_letter(v)), documents::kDocxType,
                              v.assessment.project_name + "事前绩效评估报告.docx");
      }));
}

}  // namespace jixiao::assessment
