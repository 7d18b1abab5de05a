#include "annual_report/routes.h"

#include <boost/json.hpp>

#include "annual_report/json.h"
#include "annual_report/sources.h"
#include "base/error.h"
#include "http/query_params.h"

namespace jixiao::annual_report {

namespace {

std::optional<long long> region_param(const http::Request& req) {
  return http::query_int(req, "region", 1, INT64_MAX);
}

Part part_param(const http::Request& req) {
  const auto kind = http::query_text(req, "part", 10).value_or("all");
  Part p;
  if (kind == "all") return p;
  if (kind == "own") {
    p.kind = Part::Kind::own;
    return p;
  }
  if (kind == "lower") {
    p.kind = Part::Kind::lower;
    return p;
  }
  if (kind != "region")
    throw invalid(
        "part", "范围只能是 all（合计）、own（本级）、lower（下级合计）或 region（一个下级地区）");
  const auto id = http::query_int(req, "part_region", 1, INT64_MAX);
  if (!id) throw invalid("part_region", "请指明下级地区");
  p.kind = Part::Kind::region;
  p.region_id = *id;
  return p;
}

}  // namespace

void add_figure_routes(http::Router& router, AnnualReportFigures& service,
                       const auth::Guard& guard) {
  router.add(
      "GET", "/api/v1/annual-reports/figures",
      {.summary = "年度报告的各项数字",
       .subject = "annual_report_figures",
       .query = {"year", "region"}},
      guard([&service](http::Request& req, const auth::Principal& me) {
        const auto year = http::required_year(req);
        return http::Response::json(figure_set_json(service.figures(me, region_param(req), year)));
      }));
  router.add(
      "GET", "/api/v1/annual-reports/funnel",
      {.summary = "年度全过程漏斗（各环节覆盖数）",
       .subject = "annual_report_figures",
       .query = {"year", "region"}},
      guard([&service](http::Request& req, const auth::Principal& me) {
        const auto year = http::required_year(req);
        return http::Response::json(funnel_json(service.funnel(me, region_param(req), year)));
      }));
  router.add(
      "GET", "/api/v1/annual-reports/figures/{code}/rows",
      {.summary = "年度报告某项数字的明细",
       .subject = "annual_report_figures",
       .query = {"year", "format", "part", "part_region", "region", "limit", "offset", "cursor"}},
      guard([&service](http::Request& req, const auth::Principal& me) {
        const std::string code = req.params.at("code");
        const auto year = http::required_year(req);
        const auto format = http::query_text(req, "format", 4).value_or("json");
        if (format != "json" && format != "csv") throw invalid("format", "格式只能是 json 或 csv");
        const auto part = part_param(req);
        const auto cursor = http::query_text(req, "cursor", 200);
        // A CSV is the whole list; a page otherwise (the list contract).
        const int page_limit = http::query_limit(req);
        const long long offset = http::query_offset(req);
        const int limit = format == "csv" ? 0 : page_limit;
        const auto page = service.rows(me, code, region_param(req), year, part,
                                       format == "csv" ? std::nullopt : cursor, limit,
                                       format == "csv" ? 0 : offset);
        const auto* src = sources().find(page.figure);
        const bool money = src && src->money;
        if (format == "json") {
          auto o = rows_json(page);
          o["money"] = money;
          return http::Response::json(o);
        }
        http::Response res;
        res.content_type = "text/csv; charset=utf-8";
        res.body = rows_csv(page, money);
        res.set_header(
            "Content-Disposition",
            http::attachment_disposition(page.label + "-" + std::to_string(year) + ".csv"));
        return res;
      }));
}

}  // namespace jixiao::annual_report
