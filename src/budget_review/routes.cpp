#include "budget_review/routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "budget_review/json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/problem.h"
#include "http/query_params.h"

namespace jixiao::budget_review {

namespace {

constexpr Fen kMaxFen = 100'000'000'000'000LL;  // 1 万亿元, as a project's amount

repo::ReviewFilter read_filter(const http::Request& req) {
  repo::ReviewFilter f;
  f.year = http::query_int(req, "year", 2000, 2100);
  f.department_id = http::query_int(req, "department_id", 1, INT64_MAX);
  f.project_id = http::query_int(req, "project_id", 1, INT64_MAX);
  f.status = http::query_text(req, "status", 20);
  if (f.status && !is_status(*f.status))
    throw invalid("status", "评审状态只能是待评审、已评审或已撤回");
  f.words = http::query_text(req, "q", 100);
  f.after_id = http::query_after_id(req);
  f.limit = http::query_limit(req);
  f.offset = http::query_offset(req);
  return f;
}

std::vector<BatchItem> read_items(JsonReader& in) {
  const auto* items = in.value("items");
  if (!items || !items->is_array() || items->as_array().empty())
    throw invalid("items", "请至少录入一个项目的评审结果");
  if (items->as_array().size() > 5000) throw invalid("items", "一次最多保存 5000 个项目");
  std::vector<BatchItem> out;
  std::size_t i = 0;
  for (const auto& v : items->as_array()) {
    const std::string prefix = "items[" + std::to_string(i++) + "]";
    if (!v.is_object()) throw invalid(prefix, "每一项应为对象");
    JsonReader item(v.as_object(), prefix);
    BatchItem b;
    b.project_id = item.required_int("project_id", 1, INT64_MAX);
    b.version = item.required_int("version", 1, INT64_MAX);
    // Negative amounts reach the review's own check, which says why in words.
    b.entry.approved_fen = item.optional_int("approved_fen", -kMaxFen, kMaxFen);
    b.entry.cut_reason = item.optional_string("cut_reason", 64).value_or("");
    b.entry.comment = item.optional_string("comment", 2000).value_or("");
    item.finish();
    out.push_back(std::move(b));
  }
  return out;
}

}  // namespace

void add_budget_review_routes(http::Router& router, ReviewService& reviews,
                              const auth::Guard& guard) {
  router.add("GET", "/api/v1/budget-reviews",
             {.summary = "预算评审列表",
              .subject = "budget_review",
              .query = {"year", "department_id", "project_id", "q", "status", "limit", "offset",
                        "cursor"}},
             guard([&reviews](http::Request& req, const auth::Principal& me) {
               const auto page = reviews.list(me, read_filter(req));
               ReviewSettings settings{page.reasons, page.reason_required};
               boost::json::array items;
               for (const auto& r : page.items) items.push_back(review_json(r, settings));
               auto body = http::list_object(std::move(items), http::id_cursor(page.next_after),
                                             page.total);
               if (page.figures) body["figures"] = figures_json(*page.figures);
               boost::json::array reasons;
               for (const auto& r : page.reasons)
                 reasons.push_back({{"code", r.code}, {"label", r.label}});
               body["reasons"] = std::move(reasons);
               body["reason_required"] = page.reason_required;
               body["can_review"] = page.can_review;
               return http::Response::json(body);
             }));

  router.add("PUT", "/api/v1/budget-reviews",
             {.summary = "批量保存预算评审结果", .subject = "budget_review"},
             guard([&reviews](http::Request& req, const auth::Principal& me) {
               auto items = http::with_body(req, read_items);
               const auto saved = reviews.save_batch(me, std::move(items));
               ReviewSettings none;
               boost::json::array out;
               for (const auto& r : saved) out.push_back(review_json(r, none));
               return http::Response::json(boost::json::object{{"items", std::move(out)}});
             }));

  router.add("POST", "/api/v1/budget-reviews:import",
             {.summary = "导入预算评审结果",
              .upload = true,
              .subject = "budget_review",
              .query = {"year", "dry_run"},
              .request = http::kCsv},
             guard([&reviews](http::Request& req, const auth::Principal& me) {
               const long long year = http::required_year(req);
               const bool dry_run = http::query_text(req, "dry_run", 1).value_or("0") == "1";
               const auto answer = reviews.import(me, year, req.body, dry_run);
               if (!answer.errors.empty()) return http::import_result(0, answer.errors);
               return http::Response::json(
                   boost::json::object{{"imported", answer.imported}, {"dry_run", dry_run}});
             }));

  router.add("GET", "/api/v1/budget-reviews/statistics",
             {.summary = "预算评审审减统计",
              .subject = "budget_review_statistics",
              .query = {"year", "format", "region_id"}},
             guard([&reviews](http::Request& req, const auth::Principal& me) {
               const auto format = http::query_text(req, "format", 4).value_or("json");
               if (format != "json" && format != "csv")
                 throw invalid("format", "格式只能是 json 或 csv");
               const auto st = reviews.statistics(me, http::required_year(req),
                                                  http::query_int(req, "region_id", 1, INT64_MAX));
               if (format == "json") return http::Response::json(statistics_json(st));
               http::Response res;
               res.content_type = "text/csv; charset=utf-8";
               res.body = statistics_csv(st);
               res.set_header("Content-Disposition",
                              "attachment; filename*=UTF-8''budget-review-statistics-" +
                                  std::to_string(st.year) + ".csv");
               return res;
             }));
}

}  // namespace jixiao::budget_review
