#include "self_evaluation/import_routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "base/vocabulary.h"
#include "http/json_body.h"

namespace jixiao::self_evaluation {

namespace {

// A bureau's year is some hundreds of tables (one seed bureau re-did 624); a table of the
// national form has a few dozen indicators, and the form takes at most 200 (json.cpp). The
// body as a whole stays within the server's limit for a JSON body.
constexpr std::size_t kMaxTables = 2000;
constexpr std::size_t kMaxIndicators = 200;

std::string text(JsonReader& in, std::string_view key, std::size_t max_chars) {
  return in.optional_string(key, max_chars).value_or("");
}

ImportIndicator read_indicator(const boost::json::value& v, const std::string& prefix) {
  if (!v.is_object()) throw invalid(prefix, "每一项指标应为对象");
  JsonReader in(v.as_object(), prefix);
  ImportIndicator x;
  x.category = text(in, "category", 200);
  x.subcategory = text(in, "subcategory", 200);
  x.name = text(in, "name", 200);
  x.actual_value = text(in, "actual_value", 200);
  x.score = text(in, "score", 30);
  x.reason = text(in, "reason", 4000);
  // The target's value and the points are the target's and jixiao's: read, not taken.
  text(in, "target_value", 200);
  text(in, "weight", 30);
  in.finish();
  return x;
}

ImportTable read_table(const boost::json::value& v, const std::string& prefix) {
  if (!v.is_object()) throw invalid(prefix, "每一张自评表应为对象");
  JsonReader in(v.as_object(), prefix);
  ImportTable t;
  t.sheet = text(in, "sheet", 100);
  t.code = text(in, "code", 50);
  t.project_name = text(in, "project_name", 200);
  t.department = text(in, "department", 200);
  t.unit_name = text(in, "unit_name", 200);
  t.initial_wan = text(in, "initial_wan", 30);
  t.budget_wan = text(in, "budget_wan", 30);
  t.executed_wan = text(in, "executed_wan", 30);
  t.goal_achieved = text(in, "goal_achieved", 4000);
  t.problems = in.optional_string("problems", 4000);
  t.improvements = in.optional_string("improvements", 4000);
  t.version = in.optional_int("version", 1, INT64_MAX);
  // The target's goal, the total and the grade are jixiao's own: read, not taken.
  text(in, "goal_expected", 4000);
  text(in, "total", 30);
  text(in, "grade", 30);
  const auto* items = in.value("indicators");
  if (!items || !items->is_array()) throw invalid(in.field_name("indicators"), "指标应为列表");
  if (items->as_array().size() > kMaxIndicators)
    throw invalid(in.field_name("indicators"),
                  "一张自评表最多 " + std::to_string(kMaxIndicators) + " 项指标");
  std::size_t j = 0;
  for (const auto& x : items->as_array())
    t.indicators.push_back(read_indicator(x, prefix + ".indicators[" + std::to_string(j++) + "]"));
  in.finish();
  return t;
}

boost::json::object imported_json(const Evaluation& e) {
  return {{"id", e.id},
          {"code", e.code},
          {"name", e.name},
          {"computed_total", e.computed_total},
          {"computed_total_text", score_text(e.computed_total)},
          {"grade", e.grade},
          {"grade_label", vocabulary("grade").label(e.grade)}};
}

}  // namespace

void add_import_routes(http::Router& router, EvaluationService& service, const auth::Guard& guard) {
  // Filled tables (the web app reads them from .xlsx), all or nothing; every problem listed
  // with its field, as the other imports list theirs.
  router.add("POST", "/api/v1/self-evaluations:import",
             {.summary = "导入项目支出绩效自评表", .subject = "self_evaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               long long year = 0;
               const auto tables = http::with_body(req, [&](JsonReader& r) {
                 year = r.required_int("year", 2000, 2100);
                 const auto* items = r.value("tables");
                 if (!items || !items->is_array()) throw invalid("tables", "请选择要导入的自评表");
                 if (items->as_array().size() > kMaxTables)
                   throw invalid("tables",
                                 "一次最多导入 " + std::to_string(kMaxTables) + " 张自评表");
                 std::vector<ImportTable> out;
                 std::size_t n = 0;
                 for (const auto& t : items->as_array())
                   out.push_back(read_table(t, "tables[" + std::to_string(n++) + "]"));
                 return out;
               });
               boost::json::array evaluations;
               for (const auto& e : service.import_tables(me, year, tables))
                 evaluations.push_back(imported_json(e));
               return http::Response::json(boost::json::object{
                   {"imported", evaluations.size()}, {"evaluations", std::move(evaluations)}});
             }));
}

}  // namespace jixiao::self_evaluation
