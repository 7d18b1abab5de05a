#include "reports/routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "http/list_json.h"
#include "http/query_params.h"

namespace jixiao::reports {

namespace {

boost::json::array groups_json(const std::vector<projects::ProjectGroup>& groups) {
  boost::json::array a;
  for (const auto& g : groups)
    a.push_back({{"key", g.key},
                 {"label", g.label},
                 {"count", g.count},
                 {"amount_fen", g.amount_fen},
                 {"amount_wan", format_wan(g.amount_fen)}});
  return a;
}

}  // namespace

void add_report_routes(http::Router& router, ReportService& reports, const auth::Guard& guard) {
  router.add("GET", "/api/v1/statistics/projects", {.subject = "statistics"},
             guard([&reports](http::Request& req, const auth::Principal& me) {
               const auto st = reports.project_statistics(me, http::required_year(req));
               return http::Response::json(
                   boost::json::object{{"year", st.year},
                                       {"count", st.count},
                                       {"amount_fen", st.amount_fen},
                                       {"amount_wan", format_wan(st.amount_fen)},
                                       {"by_fund_type", groups_json(st.by_fund_type)},
                                       {"by_department", groups_json(st.by_department)},
                                       {"by_region", groups_json(st.by_region)},
                                       {"by_status", groups_json(st.by_status)}});
             }));
  router.add("GET", "/api/v1/todos", {.subject = "todo"},
             guard([&reports](http::Request& req, const auth::Principal& me) {
               boost::json::array items;
               for (const auto& t : reports.todos(me, http::required_year(req)))
                 items.push_back(
                     {{"kind", t.kind}, {"title", t.title}, {"count", t.count}, {"link", t.link}});
               return http::list_json(std::move(items));
             }));
}

}  // namespace jixiao::reports
