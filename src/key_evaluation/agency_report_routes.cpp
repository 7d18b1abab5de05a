#include "key_evaluation/agency_report_routes.h"

#include <boost/json.hpp>

#include "base/clock.h"
#include "base/error.h"
#include "base/money.h"
#include "http/list_json.h"
#include "http/query_params.h"
#include "key_evaluation/evaluation_json.h"
#include "targets/json.h"

namespace jixiao::key_evaluation {

namespace {

long long year_param(const http::Request& req, const char* name, long long fallback) {
  return http::query_int(req, name, 2000, 2100).value_or(fallback);
}

boost::json::object scorecard_json(const Scorecard& c) {
  const auto& n = c.counts;
  return {{"agency_id", n.agency_id},
          {"agency_name", n.agency_name},
          {"year", n.year},
          {"evaluations", n.evaluations},
          {"scored", n.scored},
          {"mean_quality", c.mean_quality < 0 ? boost::json::value(nullptr)
                                              : boost::json::value(c.mean_quality_text)},
          {"finalised", n.finalised},
          {"on_time", n.on_time},
          {"on_time_rate", c.on_time_rate},
          {"reworked", n.reworked},
          {"rework_rate", c.rework_rate},
          {"contract_fen", n.contract_fen},
          {"payable_fen", n.payable_fen},
          {"deducted_fen", c.deducted_fen},
          {"rank", c.rank ? boost::json::value(c.rank) : nullptr}};
}

boost::json::object line_json(const FeeLine& l) {
  const auto& e = l.evaluation;
  boost::json::object o{
      {"evaluation_id", e.id},
      {"name", e.name},
      {"kind", e.kind},
      {"status", e.status},
      {"contract_fee_fen", e.contract_fee_fen},
      {"quality_score", e.quality_score < 0 ? boost::json::value(nullptr)
                                            : boost::json::value(targets::points(e.quality_score))},
      {"reworked", e.reworked},
      {"state", e.quality_score < 0 ? "pending" : std::string(fee_state_code(l.fee.state))}};
  if (e.quality_score >= 0) {
    o["percent"] = targets::points(l.fee.percent);
    o["capped"] = l.fee.capped;
    o["payable_fen"] = l.pending ? boost::json::value(nullptr) : l.fee.payable_fen;
    o["deducted_fen"] = l.pending ? boost::json::value(nullptr) : l.fee.deducted_fen;
    o["detail"] = l.fee.detail;
    o["rule"] = l.fee.rule;
  } else {
    o["percent"] = o["payable_fen"] = o["deducted_fen"] = nullptr;
    o["capped"] = false;
    o["detail"] = "报告质量尚未评定";
    o["rule"] = "R-KE-4";
  }
  return o;
}

}  // namespace

void add_agency_report_routes(http::Router& router, AgencyReportService& service,
                              const auth::Guard& guard) {
  router.add(
      "GET", "/api/v1/agency-scorecards",
      {.summary = "第三方机构历年考评表", .subject = "own", .query = {"year_from", "year_to"}},
      guard([&service](http::Request& req, const auth::Principal& me) {
        const long long to = year_param(req, "year_to", current_year());
        const long long from = year_param(req, "year_from", to - 2);
        boost::json::array items;
        for (const auto& c : service.scorecards(me, from, to)) items.push_back(scorecard_json(c));
        return http::list_json(std::move(items));
      }));
  router.add("GET", "/api/v1/agencies/{id}/fee-statement",
             {.summary = "第三方机构费用结算单", .subject = "agency", .query = {"year"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const long long year = year_param(req, "year", current_year() - 1);
               const auto st = service.fee_statement(me, req.id_param(), year);
               boost::json::array lines;
               for (const auto& l : st.lines) lines.push_back(line_json(l));
               return http::Response::json(
                   boost::json::object{{"agency_id", st.agency.id},
                                       {"agency_name", st.agency.name},
                                       {"year", st.year},
                                       {"contract_no", st.contract_no},
                                       {"contract_total_fen", st.contract_total_fen},
                                       {"lines", std::move(lines)},
                                       {"commissioned_fen", st.commissioned_fen},
                                       {"payable_fen", st.payable_fen},
                                       {"deducted_fen", st.deducted_fen},
                                       {"pending", st.pending},
                                       {"rule", "R-KE-4"}});
             }));
}

}  // namespace jixiao::key_evaluation
