#include "self_evaluation/review_routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "http/history_json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/query_params.h"
#include "self_evaluation/review_json.h"
#include "self_evaluation/review_workflow.h"

namespace jixiao::self_evaluation {

namespace {

constexpr const char* kBase = "/api/v1/self-evaluation-reviews";

std::string path(const char* rest) { return std::string(kBase) + rest; }

long long read_version(JsonReader& in) { return in.required_int("version", 1, INT64_MAX); }

std::optional<bool> query_flag(const http::Request& req, const char* name) {
  const auto v = http::query_text(req, name, 5);
  if (!v) return std::nullopt;
  if (*v != "1" && *v != "0" && *v != "true" && *v != "false")
    throw invalid(name, std::string(name) + " 只能是 1 或 0");
  return *v == "1" || *v == "true";
}

review_repo::SampleFilter read_sample_filter(const http::Request& req) {
  review_repo::SampleFilter f;
  f.status = http::query_text(req, "status", 20);
  if (f.status && !sample_workflow().is_state(*f.status))
    throw invalid("status", "复核状态只能是待复核（pending）或已复核（reviewed）");
  f.reason = http::query_text(req, "reason", 20);
  if (f.reason && !is_reason(*f.reason))
    throw invalid("reason", "抽中原因只能是 threshold、key_project、key_department 或 random");
  f.assigned = query_flag(req, "assigned");
  f.inflated = query_flag(req, "inflated");
  f.year = http::query_int(req, "year", 2000, 2100);
  f.after_id = http::query_after_id(req);
  f.limit = http::query_limit(req);
  f.offset = http::query_offset(req);
  return f;
}

http::Response sample_page(const SamplePage& page) {
  boost::json::array items;
  for (const auto& x : page.items) items.push_back(sample_json(x));
  return http::Response::json(
      http::list_object(std::move(items), http::id_cursor(page.next_after), page.total));
}

// A list of positive ids under key, at most 1,000; absent: empty (required says so).
std::vector<long long> read_id_list(JsonReader& r, const char* key, bool required) {
  std::vector<long long> out;
  const auto* v = r.value(key);
  if (!v) {
    if (required) throw invalid(key, "请选择要指定复核人的自评");
    return out;
  }
  if (!v->is_array()) throw invalid(key, "应为列表");
  if (v->as_array().size() > 1000) throw invalid(key, "一次最多 1000 份");
  std::size_t n = 0;
  for (const auto& x : v->as_array()) {
    const std::string field = std::string(key) + "[" + std::to_string(n++) + "]";
    if (!x.is_int64() || x.as_int64() < 1) throw invalid(field, "应为正整数");
    out.push_back(x.as_int64());
  }
  return out;
}

}  // namespace

void add_review_routes(http::Router& router, ReviewService& service, const auth::Guard& guard) {
  // --- plans
  router.add(
      "GET", path("/plans"),
      {.summary = "自评复核方案列表", .subject = "self_evaluation_review_plan", .query = {"year"}},
      guard([&service](http::Request& req, const auth::Principal& me) {
        boost::json::array items;
        for (const auto& p : service.plans(me, http::query_int(req, "year", 2000, 2100)))
          items.push_back(plan_row_json(p));
        return http::list_json(std::move(items));
      }));

  router.add("POST", path("/plans"),
             {.summary = "新建自评复核方案", .subject = "self_evaluation_review_plan"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const long long year = http::with_body(
                   req, [](JsonReader& r) { return r.required_int("year", 2000, 2100); });
               return http::Response::json(plan_json(service.create_plan(me, year)), 201);
             }));

  router.add("GET", path("/plans/{id}"),
             {.summary = "查看复核方案", .subject = "self_evaluation_review_plan"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(plan_json(service.get_plan(me, req.id_param())));
             }));

  router.add(
      "PUT", path("/plans/{id}"),
      {.summary = "修改复核方案", .subject = "self_evaluation_review_plan"},
      guard([&service](http::Request& req, const auth::Principal& me) {
        long long version = 0;
        const auto in = http::with_body(req, [&](JsonReader& r) {
          version = read_version(r);
          return read_plan_input(r);
        });
        return http::Response::json(plan_json(service.edit_plan(me, req.id_param(), version, in)));
      }));

  // The draw from the database's candidates, nothing saved: the plan's parameters, or a draft's
  // with the body's applied; on a fixed plan, whether it gives the kept sample again.
  router.add("POST", path("/plans/{id}/preview"),
             {.summary = "预览抽样结果", .subject = "self_evaluation_review_plan"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto in = http::with_body(req, read_plan_input);
               return http::Response::json(preview_json(service.preview(me, req.id_param(), in)));
             }));

  router.add("POST", path("/plans/{id}/fix"),
             {.summary = "确定抽样（记录随机种子）", .subject = "self_evaluation_review_plan"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const long long version = http::with_body(req, read_version);
               return http::Response::json(plan_json(service.fix(me, req.id_param(), version)));
             }));

  router.add("GET", path("/plans/{id}/history"),
             {.summary = "复核方案的流转记录", .subject = "self_evaluation_review_plan"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::history_json(service.plan_history(me, req.id_param()));
             }));

  router.add("GET", path("/plans/{id}/reviewers"),
             {.summary = "可选的复核人员", .subject = "self_evaluation_review_plan"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               boost::json::array items;
               for (const auto& r : service.reviewers(me, req.id_param()))
                 items.push_back(reviewer_json(r));
               return http::list_json(std::move(items));
             }));

  router.add(
      "GET", path("/plans/{id}/samples"),
      {.summary = "复核方案抽中的自评",
       .subject = "self_evaluation_review_plan",
       .query = {"year", "assigned", "inflated", "reason", "status", "limit", "offset", "cursor"}},
      guard([&service](http::Request& req, const auth::Principal& me) {
        auto f = read_sample_filter(req);
        f.plan_id = req.id_param();
        return sample_page(service.samples(me, f, false));
      }));

  // One reviewer for many samples of the plan, all or none.
  router.add("POST", path("/plans/{id}/assignments"),
             {.summary = "分配复核人员", .subject = "self_evaluation_review_plan"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               std::vector<long long> ids, versions;
               long long reviewer = 0;
               http::with_body(req, [&](JsonReader& r) {
                 reviewer = r.required_int("reviewer_id", 1, INT64_MAX);
                 ids = read_id_list(r, "sample_ids", true);
                 versions = read_id_list(r, "versions", false);
                 return 0;
               });
               boost::json::array items;
               for (const auto& x : service.assign(me, req.id_param(), ids, versions, reviewer))
                 items.push_back(sample_json(x));
               return http::list_json(std::move(items));
             }));

  // --- samples: the caller's own to review (registered before {id})
  router.add(
      "GET", path("/samples"),
      {.summary = "复核样本列表",
       .subject = "self_evaluation_review_sample",
       .query = {"year", "assigned", "inflated", "reason", "status", "limit", "offset", "cursor"}},
      guard([&service](http::Request& req, const auth::Principal& me) {
        return sample_page(service.samples(me, read_sample_filter(req), true));
      }));

  router.add(
      "GET", path("/samples/{id}"),
      {.summary = "查看复核样本", .subject = "self_evaluation_review_sample"},
      guard([&service](http::Request& req, const auth::Principal& me) {
        return http::Response::json(sample_view_json(service.get_sample(me, req.id_param())));
      }));

  router.add("PUT", path("/samples/{id}"),
             {.summary = "保存复核评分", .subject = "self_evaluation_review_sample"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               long long version = 0;
               const auto scores = http::with_body(req, [&](JsonReader& r) {
                 version = read_version(r);
                 return read_review_scores(r.value("indicators"));
               });
               return http::Response::json(
                   sample_view_json(service.review(me, req.id_param(), version, scores)));
             }));

  router.add("POST", path("/samples/{id}/complete"),
             {.summary = "完成复核", .subject = "self_evaluation_review_sample"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const long long version = http::with_body(req, read_version);
               return http::Response::json(
                   sample_view_json(service.complete(me, req.id_param(), version)));
             }));

  router.add("GET", path("/samples/{id}/history"),
             {.summary = "复核样本的流转记录", .subject = "self_evaluation_review_sample"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::history_json(service.sample_history(me, req.id_param()));
             }));
}

}  // namespace jixiao::self_evaluation
