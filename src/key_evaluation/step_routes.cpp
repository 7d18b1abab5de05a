#include "key_evaluation/step_routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "http/history_json.h"
#include "http/json_body.h"
#include "key_evaluation/score.h"
#include "key_evaluation/step_json.h"
#include "targets/json.h"

namespace jixiao::key_evaluation {

namespace {

constexpr long long kMaxFen = 100'000'000'000'000LL;  // 1 万亿元
constexpr std::size_t kMaxSheets = 50;

// [{evaluator, scores: {part code: points}}]; the service checks the scores against the kind's
// sheet. The flat {evaluator, decision, process, output, benefit} of a four-part sheet is read as
// those scores.
std::vector<ScoreSheetInput> read_score_sheets(const boost::json::value& v) {
  if (!v.is_array() || v.as_array().empty())
    throw invalid("score_sheets", "评价评分表应为非空列表，每位评价人一份");
  if (v.as_array().size() > kMaxSheets)
    throw invalid("score_sheets", "评价评分表最多 " + std::to_string(kMaxSheets) + " 份");
  std::vector<ScoreSheetInput> out;
  for (std::size_t i = 0; i < v.as_array().size(); ++i) {
    const std::string at = "score_sheets[" + std::to_string(i) + "]";
    const auto& item = v.as_array()[i];
    if (!item.is_object()) throw invalid(at, "每份评分表应为对象");
    JsonReader r(item.as_object(), at);
    ScoreSheetInput s;
    s.evaluator = r.required_string("evaluator", 50);
    if (const auto* scores = r.value("scores")) {
      s.scores = *scores;
    } else {
      boost::json::object flat;
      for (const Part p : kParts)
        if (const auto* points = r.value(part_code(p))) flat[part_code(p)] = *points;
      s.scores = std::move(flat);
    }
    r.finish();
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

void add_step_routes(http::Router& router, StepService& service, const auth::Guard& guard) {
  router.add("POST", "/api/v1/key-evaluations/{id}/steps",
             {.summary = "重点评价流程操作（委托、提交、审核等）", .subject = "key_evaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               long long version = 0;
               const auto in = http::with_body(req, [&](JsonReader& r) {
                 version = r.required_int("version", 1, INT64_MAX);
                 StepInput s;
                 s.action = r.required_string("action", 30);
                 s.decision = r.optional_string("decision", 30).value_or("");
                 s.opinion = r.optional_string("opinion", 2000).value_or("");
                 s.agency_id = r.optional_int("agency_id", 1, INT64_MAX);
                 s.contract_fee_fen = r.optional_int("contract_fee_fen", 0, kMaxFen);
                 if (const auto* sheets = r.value("score_sheets"))
                   s.score_sheets = read_score_sheets(*sheets);
                 return s;
               });
               return http::Response::json(
                   evaluation_view_json(service.step(me, req.id_param(), version, in)));
             }));

  router.add("GET", "/api/v1/key-evaluations/{id}/experts",
             {.summary = "评价的专家名单", .subject = "key_evaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(experts_json(service.experts(me, req.id_param())));
             }));

  router.add("POST", "/api/v1/key-evaluations/{id}/experts",
             {.summary = "为评价指派专家", .subject = "key_evaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const long long expert = http::with_body(
                   req, [](JsonReader& r) { return r.required_int("expert_id", 1, INT64_MAX); });
               return http::Response::json(
                   experts_json(service.assign_expert(me, req.id_param(), expert)));
             }));

  router.add("DELETE", "/api/v1/key-evaluations/{id}/experts/{expert_id}",
             {.summary = "取消专家指派", .subject = "key_evaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(experts_json(
                   service.unassign_expert(me, req.id_param(), req.id_param("expert_id"))));
             }));

  router.add(
      "GET", "/api/v1/key-evaluations/{id}/quality-sheets",
      {.summary = "质量评分表", .subject = "key_evaluation"},
      guard([&service](http::Request& req, const auth::Principal& me) {
        return http::Response::json(quality_json(service.quality_sheets(me, req.id_param())));
      }));

  router.add("PUT", "/api/v1/key-evaluations/{id}/quality-sheets/{stage}",
             {.summary = "保存质量评分表", .subject = "key_evaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               boost::json::value scores;
               std::string comment;
               http::with_body(req, [&](JsonReader& r) {
                 const auto* v = r.value("scores");
                 if (!v) throw invalid("scores", "请填写各评分项的得分");
                 scores = *v;
                 comment = r.optional_string("comment", 2000).value_or("");
                 return 0;
               });
               const std::string stage = req.params.at("stage");
               return http::Response::json(quality_json(
                   service.save_quality_sheet(me, req.id_param(), stage, scores, comment)));
             }));

  router.add("GET", "/api/v1/key-evaluations/{id}/fee",
             {.summary = "质费挂钩的费用计算", .subject = "key_evaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(fee_json(service.fee(me, req.id_param())));
             }));

  router.add("GET", "/api/v1/key-evaluations/{id}/score",
             {.summary = "评价得分", .subject = "key_evaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::Response::json(score_json(service.score(me, req.id_param())));
             }));

  router.add("GET", "/api/v1/key-evaluations/{id}/history",
             {.summary = "重点评价的流转记录", .subject = "key_evaluation"},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::history_json(service.history(me, req.id_param()));
             }));
}

}  // namespace jixiao::key_evaluation
