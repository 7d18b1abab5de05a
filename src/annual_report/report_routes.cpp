#include "annual_report/report_routes.h"

#include <boost/json.hpp>

#include "annual_report/report_docx.h"
#include "annual_report/report_json.h"
#include "base/error.h"
#include "base/json.h"
#include "documents/docx.h"
#include "http/json_body.h"
#include "http/query_params.h"

namespace jixiao::annual_report {

namespace {

long long year_of(const http::Request& req) {
  const std::string& text = req.params.at("year");
  long long y = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || y > 10000) throw invalid("year", "年度应为四位数字，如 2026");
    y = y * 10 + (c - '0');
  }
  if (y < 2000 || y > 2100) throw invalid("year", "年度应在 2000 至 2100 之间");
  return y;
}

long long region_of(const http::Request& req) {
  return http::query_int(req, "region", 1, INT64_MAX).value_or(0);
}

}  // namespace

void add_report_routes(http::Router& router, AnnualReportService& service,
                       const auth::Guard& guard) {
  // The report names a region: its subject is the region's report for the year.
  router.add(
      "GET", "/api/v1/annual-reports/{year}",
      {.summary = "查看年度绩效工作报告", .subject = "annual_report", .query = {"region"}},
      guard([&service](http::Request& req, const auth::Principal& me) {
        return http::Response::json(view_json(service.get(me, year_of(req), region_of(req))));
      }));
  router.add("PUT", "/api/v1/annual-reports/{year}/narrative",
             {.summary = "保存年度报告的文字部分", .subject = "annual_report", .query = {"region"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               long long version = 0;
               Narrative narrative;
               http::with_body(req, [&](JsonReader& r) {
                 version = r.required_int("version", 0, INT64_MAX);
                 const auto* v = r.value("narrative");
                 if (!v || !v->is_object())
                   throw invalid("narrative", "请提供报告各部分的说明文字");
                 for (const auto& [key, text] : v->as_object()) {
                   if (!text.is_string())
                     throw invalid("narrative." + std::string(key), "说明文字应为文本");
                   narrative[std::string(key)] = std::string(text.as_string());
                 }
                 return 0;
               });
               return http::Response::json(
                   view_json(service.save(me, year_of(req), region_of(req), narrative, version)));
             }));
  router.add(
      "POST", "/api/v1/annual-reports/{year}/freeze",
      {.summary = "定稿年度报告（冻结数字）", .subject = "annual_report", .query = {"region"}},
      guard([&service](http::Request& req, const auth::Principal& me) {
        const long long version = http::with_body(
            req, [](JsonReader& r) { return r.required_int("version", 0, INT64_MAX); });
        return http::Response::json(
            view_json(service.freeze(me, year_of(req), region_of(req), version)));
      }));
  // The same report as a Word file, named by its title.
  router.add("GET", "/api/v1/annual-reports/{year}/docx",
             {.summary = "下载年度报告（Word）",
              .subject = "annual_report",
              .query = {"region"},
              .answer = http::kDocx},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto v = service.get(me, year_of(req), region_of(req));
               return http::download(report_docx(v.document), documents::kDocxType,
                                     v.document.title + ".docx");
             }));
}

}  // namespace jixiao::annual_report
