#include "targets/routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "http/history_json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/problem.h"
#include "http/query_params.h"
#include "library/service.h"
#include "projects/model.h"
#include "targets/json.h"
#include "targets/workflow.h"

namespace jixiao::targets {

namespace {

repo::TargetFilter read_filter(const http::Request& req) {
  repo::TargetFilter f;
  f.year = http::query_int(req, "year", 2000, 2100);
  f.kind = http::query_text(req, "kind", 20);
  if (f.kind && !is_kind(*f.kind)) throw invalid("kind", "目标类型只能是 project 或 department");
  f.status = http::query_text(req, "status", 20);
  if (f.status && !is_status(*f.status)) throw invalid("status", "目标状态不正确");
  f.department_id = http::query_int(req, "department_id", 1, INT64_MAX);
  f.unit_id = http::query_int(req, "unit_id", 1, INT64_MAX);
  f.project_id = http::query_int(req, "project_id", 1, INT64_MAX);
  f.fund_type = http::query_text(req, "fund_type", 32);
  if (f.fund_type && !projects::is_fund_type(*f.fund_type))
    throw invalid("fund_type", "资金类型不正确");
  f.words = http::query_text(req, "q", 100);
  if (auto a = http::query_text(req, "assigned", 1)) f.assigned_only = *a == "1";
  if (auto queue = http::query_text(req, "queue", 20)) {
    f.queue = named_queue(*queue);
    if (!f.queue) throw invalid("queue", "待审队列只能是 department、section 或 office");
  }
  if (auto sort = http::query_text(req, "sort", 10)) {
    if (*sort != "id" && *sort != "-id") throw invalid("sort", "排序只能是 id 或 -id");
    f.descending = *sort == "-id";
  }
  f.after_id = http::query_after_id(req);
  f.limit = http::query_limit(req);
  f.offset = http::query_offset(req);
  return f;
}

// The contract's target: kind, project_id, amount_fen and the draft fields; nothing else.
TargetDraft read_target(const boost::json::object& body, bool with_identity, NewTarget* out) {
  JsonReader in(body);
  TargetDraft d;
  d.kind = in.optional_string("kind", 20).value_or("project");
  if (!is_kind(d.kind)) throw invalid("kind", "目标类型只能是 project 或 department");
  if (auto p = in.optional_int("project_id", 1, INT64_MAX)) d.project_id = *p;
  if (with_identity && out) {
    out->department_id = in.optional_int("department_id", 1, INT64_MAX);
    out->year = in.optional_int("year", 2000, 2100);
  }
  read_draft_fields(in, d);
  in.finish();
  return d;
}

long long read_version(JsonReader& in) { return in.required_int("version", 1, INT64_MAX); }

http::Response view_response(const TargetView& v, int status = 200) {
  return http::Response::json(view_json(v), status);
}

}  // namespace

void add_target_routes(http::Router& router, TargetService& targets, const auth::Guard& guard) {
  router.add("POST", "/api/v1/targets:lint",
             {.summary = "检查绩效目标的填写（不保存）", .subject = "target"},
             guard(
                 [&targets](http::Request& req, const auth::Principal& me) {
                   const auto draft = read_target(http::json_body(req), false, nullptr);
                   return http::Response::json(
                       boost::json::object{{"findings", findings_json(targets.lint(me, draft))}});
                 },
                 {.while_password_change_pending = false, .writes_nothing = true, .admit = {}}));

  router.add("GET", "/api/v1/targets",
             {.summary = "绩效目标列表",
              .subject = "target",
              .query = {"year", "assigned", "department_id", "fund_type", "kind", "project_id", "q",
                        "queue", "sort", "status", "unit_id", "limit", "offset", "cursor"}},
             guard([&targets](http::Request& req, const auth::Principal& me) {
               auto page = targets.list(me, read_filter(req));
               boost::json::array items;
               for (const auto& t : page.items) items.push_back(target_json(t, false));
               return http::list_json(std::move(items), http::id_cursor(page.next_after),
                                      page.total);
             }));

  // 新建目标's picker: only projects the caller may file a target for (no paging: a search).
  router.add(
      "GET", "/api/v1/targets:candidates",
      {.summary = "可新建绩效目标的项目", .subject = "project", .query = {"year", "q", "limit"}},
      guard([&targets](http::Request& req, const auth::Principal& me) {
        const auto year = http::query_int(req, "year", 2000, 2100);
        if (!year) throw invalid("year", "请指定年度");
        boost::json::array items;
        for (const auto& c :
             targets.candidates(me, *year, http::query_text(req, "q", 100), http::query_limit(req)))
          items.push_back({{"id", c.id},
                           {"code", c.code},
                           {"name", c.name},
                           {"unit_name", c.unit_name},
                           {"amount_fen", c.amount_fen}});
        return http::list_json(std::move(items));
      }));

  router.add("POST", "/api/v1/targets", {.summary = "新建绩效目标", .subject = "target"},
             guard([&targets](http::Request& req, const auth::Principal& me) {
               NewTarget in;
               in.draft = read_target(http::json_body(req), true, &in);
               in.kind = in.draft.kind;
               in.project_id = in.draft.project_id;
               auto v = targets.create(me, std::move(in));
               auto res = view_response(v, 201);
               res.set_header("Location", "/api/v1/targets/" + std::to_string(v.target.id));
               return res;
             }));

  router.add("GET", "/api/v1/targets/{id}", {.summary = "查看绩效目标", .subject = "target"},
             guard([&targets](http::Request& req, const auth::Principal& me) {
               return view_response(targets.get(me, req.id_param()));
             }));

  router.add("PATCH", "/api/v1/targets/{id}", {.summary = "修改绩效目标", .subject = "target"},
             guard([&targets](http::Request& req, const auth::Principal& me) {
               const long long id = req.id_param();
               const auto body = http::json_body(req);
               JsonReader in(body);
               const long long version = read_version(in);
               // Absent fields keep their value: start from the stored draft.
               TargetDraft d = targets.get(me, id).target.draft;
               read_draft_fields(in, d);
               in.finish();
               return view_response(targets.update(me, id, version, d));
             }));

  router.add("DELETE", "/api/v1/targets/{id}", {.summary = "删除绩效目标", .subject = "target"},
             guard([&targets](http::Request& req, const auth::Principal& me) {
               targets.remove(me, req.id_param());
               return http::Response::no_content();
             }));

  router.add("POST", "/api/v1/targets/{id}/submit",
             {.summary = "提交绩效目标", .subject = "target"},
             guard([&targets](http::Request& req, const auth::Principal& me) {
               const long long id = req.id_param();
               const auto body = http::json_body(req);
               JsonReader in(body);
               const long long version = read_version(in);
               in.finish();
               try {
                 return view_response(targets.submit(me, id, version));
               } catch (const AppError& e) {
                 if (e.code() != "lint_errors") throw;
                 // The findings that block submission travel with the problem.
                 auto res = http::problem(e);
                 auto problem = boost::json::parse(res.body).as_object();
                 problem["findings"] = findings_json(targets.get(me, id).findings);
                 res.body = boost::json::serialize(problem);
                 return res;
               }
             }));

  router.add("POST", "/api/v1/targets/{id}/withdraw",
             {.summary = "撤回绩效目标", .subject = "target"},
             guard([&targets](http::Request& req, const auth::Principal& me) {
               const auto body = http::json_body(req);
               JsonReader in(body);
               const long long version = read_version(in);
               in.finish();
               return view_response(targets.withdraw(me, req.id_param(), version));
             }));

  router.add("POST", "/api/v1/targets/{id}/review",
             {.summary = "审核绩效目标", .subject = "target"},
             guard([&targets](http::Request& req, const auth::Principal& me) {
               const long long id = req.id_param();
               const auto body = http::json_body(req);
               JsonReader in(body);
               const long long version = read_version(in);
               ReviewInput r;
               r.decision = in.required_string("decision", 20);
               r.comment = in.optional_string("comment", 1000).value_or("");
               if (const auto* scores = in.value("scores")) {
                 if (!scores->is_object()) throw invalid("scores", "scores 必须是对象");
                 for (const auto& [key, value] : scores->as_object())
                   r.scores[std::string(key)] = read_points(value, "scores." + std::string(key));
               }
               in.finish();
               return view_response(targets.review(me, id, version, r));
             }));

  router.add("POST", "/api/v1/targets/{id}/adjust",
             {.summary = "调整绩效目标", .subject = "target"},
             guard([&targets](http::Request& req, const auth::Principal& me) {
               const long long id = req.id_param();
               const auto body = http::json_body(req);
               JsonReader in(body);
               const long long version = read_version(in);
               const auto reason = in.required_string("reason", 1000);
               in.finish();
               return view_response(targets.adjust(me, id, version, reason));
             }));

  router.add("GET", "/api/v1/targets/{id}/history",
             {.summary = "绩效目标的流转记录", .subject = "target"},
             guard([&targets](http::Request& req, const auth::Principal& me) {
               return http::history_json(targets.history(me, req.id_param()));
             }));

  router.add("POST", "/api/v1/library/cases", {.summary = "将绩效目标存为案例", .subject = "case"},
             guard([&targets](http::Request& req, const auth::Principal& me) {
               const auto body = http::json_body(req);
               JsonReader in(body);
               const auto target_id = in.optional_int("target_id", 1, INT64_MAX);
               if (target_id) {
                 in.finish();
                 return http::Response::json(
                     library::case_json(targets.add_case(me, *target_id), true), 201);
               }
               library::TargetCase c;
               c.industry = in.required_string("industry", 40);
               c.function_class = in.optional_string("function_class", 7).value_or("");
               c.name = in.required_string("name", 200);
               c.amount_fen = in.optional_int("amount_fen", 0, 100'000'000'000'000LL).value_or(0);
               TargetDraft d;
               d.amount_fen = c.amount_fen;
               read_draft_fields(in, d);
               in.finish();
               c.overall_goal = d.overall_goal;
               Target t;
               t.draft = d;
               t.framework_version = library::latest_framework().version;
               c.indicators = target_json(t, true).at("indicators").as_array();
               return http::Response::json(library::case_json(targets.create_case(me, c), true),
                                           201);
             }));

  router.add(
      "GET", "/api/v1/recommendations",
      {.summary = "推荐的绩效指标",
       .subject = "recommendation",
       .query = {"category", "project_id", "q", "subcategory", "limit"}},
      guard([&targets](http::Request& req, const auth::Principal& me) {
        const auto project_id = http::query_int(req, "project_id", 1, INT64_MAX);
        if (!project_id) throw invalid("project_id", "请指定项目");
        const auto limit = static_cast<int>(http::query_int(req, "limit", 1, 100).value_or(20));
        boost::json::array items;
        const auto& framework = library::latest_framework();
        for (const auto& r : targets.recommend(
                 me, *project_id, http::query_text(req, "category", 20),
                 http::query_text(req, "subcategory", 30), http::query_text(req, "q", 100), limit))
          items.push_back({{"source", r.source},
                           {"score", r.score},
                           {"reason", r.reason},
                           {"definition", r.definition},
                           {"indicator", indicator_json(r.indicator, framework)}});
        return http::list_json(std::move(items));
      }));

  router.add("GET", "/api/v1/review-batches",
             {.summary = "目标审核批次列表", .subject = "batch", .query = {"year"}},
             guard([&targets](http::Request& req, const auth::Principal& me) {
               boost::json::array items;
               for (const auto& b : targets.batches(me, http::required_year(req)))
                 items.push_back({{"id", b.id},
                                  {"year", b.year},
                                  {"name", b.name},
                                  {"reviewer_id", b.reviewer_id},
                                  {"reviewer_name", b.reviewer_name},
                                  {"due_date", b.due_date},
                                  {"target_count", b.target_count},
                                  {"created_at", b.created_at}});
               return http::list_json(std::move(items));
             }));

  router.add("POST", "/api/v1/review-batches", {.summary = "新建目标审核批次", .subject = "batch"},
             guard([&targets](http::Request& req, const auth::Principal& me) {
               const auto body = http::json_body(req);
               JsonReader in(body);
               BatchInput b;
               b.year = in.required_int("year", 2000, 2100);
               b.name = in.required_string("name", 100);
               b.reviewer_id = in.required_int("reviewer_id", 1, INT64_MAX);
               b.due_date = in.optional_string("due_date", 10).value_or("");
               const auto* ids = in.value("target_ids");
               if (!ids || !ids->is_array()) throw invalid("target_ids", "请选择绩效目标");
               for (const auto& id : ids->as_array()) {
                 if (!id.is_int64() || id.as_int64() <= 0)
                   throw invalid("target_ids", "绩效目标编号必须是正整数");
                 b.target_ids.push_back(id.as_int64());
               }
               if (b.target_ids.size() > 5000)
                 throw invalid("target_ids", "一个批次最多 5000 个目标");
               in.finish();
               const auto batch = targets.create_batch(me, b);
               return http::Response::json(
                   boost::json::object{{"id", batch.id},
                                       {"name", batch.name},
                                       {"reviewer_id", batch.reviewer_id},
                                       {"reviewer_name", batch.reviewer_name},
                                       {"target_count", batch.target_count}},
                   201);
             }));

  router.add("GET", "/api/v1/reviewers", {.summary = "可选的审核专家", .subject = "reviewer"},
             guard([&targets](http::Request&, const auth::Principal& me) {
               boost::json::array items;
               for (const auto& [id, name, role] : targets.reviewers(me))
                 items.push_back({{"id", id}, {"display_name", name}, {"role", role}});
               return http::list_json(std::move(items));
             }));

  router.add("GET", "/api/v1/statistics/targets",
             {.summary = "绩效目标统计",
              .subject = "target_statistics",
              .query = {"year", "region_id"},
              .answer = "TargetStatistics"},
             guard([&targets](http::Request& req, const auth::Principal& me) {
               return http::Response::json(statistics_json(targets.statistics(
                   me, http::required_year(req), http::query_int(req, "region_id", 1, INT64_MAX))));
             }));
}

}  // namespace jixiao::targets
