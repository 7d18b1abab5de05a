#include "self_evaluation/statistics_routes.h"

#include "base/error.h"
#include "http/query_params.h"
#include "self_evaluation/statistics_json.h"
#include "self_evaluation/statistics_paging.h"

namespace jixiao::self_evaluation {

namespace {

// The departments' page: sort, limit (the list contract's, or 0 for every row, which the Excel
// export asks) and offset.
DepartmentPage department_page(const http::Request& req) {
  DepartmentPage page;
  if (const auto sort = http::query_text(req, "sort", 32)) {
    const auto parsed = parse_department_sort(*sort);
    if (!parsed)
      throw invalid("sort",
                    "部门排序只能是 code、evaluations、budget_fen、project_coverage、"
                    "amount_coverage、execution_rate、submission_rate、sampled、reviewed、"
                    "reviewed_amount_rate、inflated、inflated_share、rectification_rate，前加 - "
                    "表示降序");
    page = *parsed;
  }
  page.limit = http::query_limit_or_all(req);
  page.offset = http::query_offset(req);
  return page;
}

}  // namespace

void add_statistics_routes(http::Router& router, StatisticsService& service,
                           const auth::Guard& guard) {
  // Coverage, grades, the review and its rectification by region or department, from the kept
  // totals (R-MON-2, R-GR-1, R-RV-1, R-RV-2, R-RA-1); the departments a page at a time.
  router.add("GET", "/api/v1/self-evaluations/statistics",
             {.summary = "绩效自评统计",
              .subject = "self_evaluation_statistics",
              .query = {"year", "by", "region_id", "sort", "limit", "offset", "cursor"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto year = http::required_year(req);
               const auto region = http::query_int(req, "region_id", 1, INT64_MAX);
               const auto by = http::query_text(req, "by", 20).value_or("region");
               const auto page = department_page(req);
               return http::Response::json(
                   statistics_json(service.statistics(me, year, region, by, page)));
             }));
}

}  // namespace jixiao::self_evaluation
