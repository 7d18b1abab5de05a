#include "reports/routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "http/list_json.h"
#include "http/query_params.h"
#include "reports/json.h"

namespace jixiao::reports {

void add_report_routes(http::Router& router, ReportService& reports, const auth::Guard& guard) {
  router.add("GET", "/api/v1/statistics/projects",
             {.summary = "项目统计",
              .subject = "statistics",
              .query = {"year"},
              .answer = "ProjectStatistics"},
             guard([&reports](http::Request& req, const auth::Principal& me) {
               const auto st = reports.project_statistics(me, http::required_year(req));
               return http::Response::json(statistics_json(st));
             }));
  router.add("GET", "/api/v1/todos", {.summary = "待办事项", .subject = "todo", .query = {"year"}},
             guard([&reports](http::Request& req, const auth::Principal& me) {
               boost::json::array items;
               for (const auto& t : reports.todos(me, http::required_year(req)))
                 items.push_back(todo_json(t));
               return http::list_json(std::move(items));
             }));
  router.add("GET", "/api/v1/search",
             {.summary = "全局搜索", .subject = "search", .query = {"year", "q"}},
             guard([&reports](http::Request& req, const auth::Principal& me) {
               workflow::SearchQuery q;
               q.year = http::required_year(req);
               auto words = http::query_text(req, "q", 50);
               if (!words) throw invalid("q", "请输入要搜索的名称或编码");
               q.words = std::move(*words);
               boost::json::array items;
               for (const auto& found : reports.search(me, q)) items.push_back(found_json(found));
               return http::list_json(std::move(items));
             }));
}

}  // namespace jixiao::reports
