#include "library/routes.h"

#include <boost/json.hpp>

#include "base/csv.h"
#include "base/error.h"
#include "base/json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/problem.h"
#include "http/query_params.h"
#include "library/framework.h"
#include "library/json.h"
#include "library/vocabulary.h"

namespace jixiao::library {

namespace {

LibraryIndicator read_indicator(JsonReader& in) {
  LibraryIndicator i;
  i.industry = in.required_string("industry", 40);
  i.category = in.required_string("category", 40);
  i.subcategory = in.required_string("subcategory", 40);
  i.name = in.required_string("name", 100);
  i.definition = in.optional_string("definition", 500).value_or("");
  i.unit = in.optional_string("unit", 20).value_or("");
  i.comparator = in.required_string("comparator", 20);
  i.typical_value = in.optional_string("typical_value", 60).value_or("");
  i.direction = in.optional_string("direction", 20).value_or("");
  i.value_basis = in.optional_string("value_basis", 40).value_or("");
  return i;
}

http::Response import_response(LibraryService& library, const auth::Principal& me,
                               const std::string& body) {
  std::string csv_error;
  long long error_row = 0;
  auto csv = parse_csv(body, &csv_error, &error_row);
  ParsedIndicators parsed;
  if (!csv)
    parsed.errors.push_back({error_row, "", csv_error});
  else
    parsed = parse_indicator_rows(*csv, latest_framework());
  const long long imported = library.import_indicators(me, parsed);
  return http::import_result(imported, parsed.errors);
}

}  // namespace

void add_library_routes(http::Router& router, LibraryService& library, const auth::Guard& guard) {
  router.add("GET", "/api/v1/frameworks", {.summary = "指标体系框架", .subject = "own"},
             guard([](http::Request&, const auth::Principal&) {
               boost::json::array items;
               for (const auto& f : frameworks()) items.push_back(framework_json(f));
               return http::list_json(std::move(items));
             }));

  router.add("GET", "/api/v1/industries", {.summary = "行业分类", .subject = "own"},
             guard([](http::Request&, const auth::Principal&) {
               boost::json::array items;
               for (const auto& i : industries()) {
                 boost::json::array classes;
                 for (const auto& c : i.function_classes) classes.emplace_back(c);
                 items.push_back(
                     {{"key", i.key}, {"name", i.name}, {"function_classes", std::move(classes)}});
               }
               return http::list_json(std::move(items));
             }));

  router.add(
      "GET", "/api/v1/library/indicators",
      {.summary = "指标库列表",
       .subject = "library_indicator",
       .query = {"category", "industry", "q", "scope", "subcategory", "limit", "offset", "cursor"}},
      guard([&library](http::Request& req, const auth::Principal& me) {
        IndicatorFilter f;
        f.industry = http::query_text(req, "industry", 40);
        f.category = http::query_text(req, "category", 40);
        f.subcategory = http::query_text(req, "subcategory", 40);
        f.words = http::query_text(req, "q", 100);
        if (auto scope = http::query_text(req, "scope", 10)) {
          if (*scope != "own") throw invalid("scope", "scope 只能是 own");
          f.own_only = true;
        }
        f.after_id = http::query_after_id(req);
        f.limit = http::query_limit(req);
        f.offset = http::query_offset(req);
        auto page = library.indicators(me, f);
        boost::json::array items;
        for (const auto& i : page.items) items.push_back(indicator_json(i));
        return http::list_json(std::move(items), http::id_cursor(page.next_after), page.total);
      }));

  router.add("POST", "/api/v1/library/indicators", {.summary = "新增库内指标", .subject = "own"},
             guard([&library](http::Request& req, const auth::Principal& me) {
               auto created = library.create_indicator(me, http::with_body(req, read_indicator));
               return http::Response::json(indicator_json(created), 201);
             }));

  router.add("POST", "/api/v1/library/indicators:import",
             {.summary = "导入指标库", .upload = true, .subject = "own", .request = http::kCsv},
             guard([&library](http::Request& req, const auth::Principal& me) {
               return import_response(library, me, req.body);
             }));

  router.add("PATCH", "/api/v1/library/indicators/{id}",
             {.summary = "修改库内指标", .subject = "library_indicator"},
             guard([&library](http::Request& req, const auth::Principal& me) {
               auto body = http::json_body(req);
               JsonReader in(body);
               const long long version = in.required_int("version", 1, INT64_MAX);
               return http::Response::json(
                   indicator_json(library.update_indicator(me, req.id_param(), version, body)));
             }));

  router.add("DELETE", "/api/v1/library/indicators/{id}",
             {.summary = "删除库内指标", .subject = "library_indicator"},
             guard([&library](http::Request& req, const auth::Principal& me) {
               library.delete_indicator(me, req.id_param());
               return http::Response::no_content();
             }));

  router.add("GET", "/api/v1/library/cases",
             {.summary = "案例库列表",
              .subject = "case",
              .query = {"function_class", "industry", "q", "limit", "offset", "cursor"}},
             guard([&library](http::Request& req, const auth::Principal& me) {
               CaseFilter f;
               f.industry = http::query_text(req, "industry", 40);
               f.function_class = http::query_text(req, "function_class", 7);
               f.words = http::query_text(req, "q", 100);
               f.after_id = http::query_after_id(req);
               f.limit = http::query_limit(req);
               f.offset = http::query_offset(req);
               auto page = library.cases(me, f);
               boost::json::array items;
               for (const auto& c : page.items) items.push_back(case_json(c, false));
               return http::list_json(std::move(items), http::id_cursor(page.next_after),
                                      page.total);
             }));

  router.add("GET", "/api/v1/library/cases/{id}", {.summary = "查看案例", .subject = "case"},
             guard([&library](http::Request& req, const auth::Principal& me) {
               return http::Response::json(case_json(library.get_case(me, req.id_param()), true));
             }));

  router.add("DELETE", "/api/v1/library/cases/{id}", {.summary = "删除案例", .subject = "case"},
             guard([&library](http::Request& req, const auth::Principal& me) {
               library.delete_case(me, req.id_param());
               return http::Response::no_content();
             }));
}

}  // namespace jixiao::library
