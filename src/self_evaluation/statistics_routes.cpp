#include "self_evaluation/statistics_routes.h"

#include "http/query_params.h"
#include "self_evaluation/statistics_json.h"

namespace jixiao::self_evaluation {

void add_statistics_routes(http::Router& router, StatisticsService& service,
                           const auth::Guard& guard) {
  // Coverage, grades, the review and its rectification by region or department, from the kept
  // totals (R-MON-2, R-GR-1, R-RV-1, R-RV-2, R-RA-1).
  router.add(
      "GET", "/api/v1/self-evaluations/statistics", {.subject = "self_evaluation_statistics"},
      guard([&service](http::Request& req, const auth::Principal& me) {
        const auto year = http::required_year(req);
        const auto region = http::query_int(req, "region_id", 1, INT64_MAX);
        const auto by = http::query_text(req, "by", 20).value_or("region");
        return http::Response::json(statistics_json(service.statistics(me, year, region, by)));
      }));
}

}  // namespace jixiao::self_evaluation
