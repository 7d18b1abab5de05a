#include "key_evaluation/results_routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "http/json_body.h"
#include "key_evaluation/evaluation_json.h"

namespace jixiao::key_evaluation {

namespace {

constexpr const char* kPath = "/api/v1/key-evaluations/{id}/results";

boost::json::value text_or_null(const std::string& s) {
  if (s.empty()) return nullptr;
  return boost::json::string(s);
}

http::Response results_json(const ResultsView& v) {
  boost::json::array problems;
  for (const auto& p : v.problems)
    problems.push_back(boost::json::object{
        {"id", p.id},
        {"seq", p.seq},
        {"title", p.title},
        {"requirement", p.requirement},
        {"finding_id", p.finding_id ? boost::json::value(p.finding_id) : nullptr},
        {"finding_status", text_or_null(p.finding_status)},
        {"finding_due", text_or_null(p.finding_due)}});
  return http::Response::json(
      boost::json::object{{"evaluation", evaluation_json(v.evaluation, v.actions)},
                          {"results_due", text_or_null(v.results_due)},
                          {"late", v.late},
                          {"answer_due", text_or_null(v.answer_due)},
                          {"document_id", v.evaluation.results_document_id
                                              ? boost::json::value(v.evaluation.results_document_id)
                                              : nullptr},
                          {"document_number", text_or_null(v.document_number)},
                          {"problems", std::move(problems)},
                          {"rule", "R-RA-1"}});
}

// {"version", "problems": [{"title", "requirement"}]}
std::vector<Problem> read_problems(JsonReader& r) {
  std::vector<Problem> out;
  const auto* v = r.value("problems");
  if (!v) return out;
  if (!v->is_array()) throw invalid("problems", "发现的问题应为列表");
  for (std::size_t i = 0; i < v->as_array().size(); ++i) {
    const auto& item = v->as_array()[i];
    const std::string at = "problems[" + std::to_string(i) + "]";
    if (!item.is_object()) throw invalid(at, "每条问题应包含问题和整改要求");
    JsonReader p(item.as_object(), at + ".");
    Problem x;
    x.title = p.required_string("title", 100);
    x.requirement = p.required_string("requirement", 2000);
    p.finish();
    out.push_back(std::move(x));
  }
  return out;
}

}  // namespace

void add_results_routes(http::Router& router, ResultsService& service, const auth::Guard& guard) {
  router.add("GET", kPath, {.summary = "查看评价结果反馈", .subject = "key_evaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return results_json(service.get(me, req.id_param()));
             }));
  router.add("POST", kPath, {.summary = "录入评价结果（反馈函）", .subject = "key_evaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               long long version = 0;
               const auto problems = http::with_body(req, [&](JsonReader& r) {
                 version = r.required_int("version", 1, INT64_MAX);
                 return read_problems(r);
               });
               return results_json(service.send(me, req.id_param(), version, problems));
             }));
}

}  // namespace jixiao::key_evaluation
