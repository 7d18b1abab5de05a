#include "key_evaluation/statistics_routes.h"

#include <boost/json.hpp>

#include "base/vocabulary.h"
#include "http/query_params.h"

namespace jixiao::key_evaluation {

namespace {

std::string label_of(std::string_view vocabulary_name, const std::string& code) {
  if (code == "ungraded") return "未定级";
  if (vocabulary_name == "status_group")
    return code == "planned" ? "计划中" : code == "finalised" ? "已完成" : "实施中";
  const auto l = vocabulary(vocabulary_name).label(code);
  return l.empty() ? code : std::string(l);
}

boost::json::array groups_json(const std::vector<Group>& groups, std::string_view vocabulary_name) {
  boost::json::array a;
  for (const auto& g : groups)
    a.push_back({{"key", g.key},
                 {"label", label_of(vocabulary_name, g.key)},
                 {"evaluations", g.evaluations},
                 {"budget_fen", g.budget_fen},
                 {"count_share", g.count_share},
                 {"budget_share", g.budget_share}});
  return a;
}

boost::json::object figures_json(const Figures& f) {
  const auto r = rates_of(f);
  return {{"evaluations", f.evaluations},
          {"budget_fen", f.budget_fen},
          {"planned", f.planned},
          {"under_way", f.under_way},
          {"finalised", f.finalised},
          {"finalised_share", r.finalised_share},
          {"commissioned", f.commissioned},
          {"commissioned_share", r.commissioned_share},
          {"contract_fen", f.contract_fen},
          {"settled", f.settled},
          {"payable_fen", f.payable_fen},
          {"deducted_fen", f.deducted_fen},
          {"payable_share", r.payable_share},
          {"findings", f.findings},
          {"findings_due", f.rectification.due},
          {"findings_closed", f.rectification.closed},
          {"findings_overdue", f.rectification.overdue},
          {"rectification_rate", r.rectification_rate}};
}

boost::json::object statistics_json(const Statistics& st) {
  boost::json::array regions;
  for (const auto& r : st.by_region) {
    auto o = figures_json(r.figures);
    o["region_id"] = r.region_id;
    o["name"] = r.name;
    o["own_level"] = r.own_level;
    regions.push_back(std::move(o));
  }
  return {{"year", st.year},
          {"today", st.today},
          {"region_id",
           st.region_id == 0 ? boost::json::value(nullptr) : boost::json::value(st.region_id)},
          {"region_name", st.region_name},
          {"total", figures_json(st.total)},
          {"by_kind", groups_json(st.by_kind, "key_evaluation_kind")},
          {"by_fund_type", groups_json(st.by_fund_type, "fund_type")},
          {"by_grade", groups_json(st.by_grade, "grade")},
          {"by_status", groups_json(st.by_status, "status_group")},
          {"by_mode", groups_json(st.by_mode, "key_evaluation_mode")},
          {"by_region", std::move(regions)},
          {"rules", boost::json::array{"R-MON-2", "R-KE-4", "R-RA-1"}}};
}

}  // namespace

void add_statistics_routes(http::Router& router, KeyStatisticsService& service,
                           const auth::Guard& guard) {
  router.add("GET", "/api/v1/key-evaluations/statistics",
             {.summary = "财政重点评价统计",
              .subject = "key_evaluation_statistics",
              .query = {"year", "region_id"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto year = http::required_year(req);
               const auto region = http::query_int(req, "region_id", 1, INT64_MAX);
               return http::Response::json(statistics_json(service.statistics(me, year, region)));
             }));
}

}  // namespace jixiao::key_evaluation
