#include "key_evaluation/cross_round_routes.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "base/json.h"
#include "base/seed.h"
#include "http/history_json.h"
#include "http/json_body.h"
#include "http/list_json.h"
#include "http/query_params.h"
#include "targets/json.h"

namespace jixiao::key_evaluation {

namespace {

constexpr const char* kBase = "/api/v1/key-evaluation-cross-rounds";
constexpr const char* kSubject = "key_evaluation_cross_round";

std::string path(const char* rest) { return std::string(kBase) + rest; }

boost::json::array strings(const std::vector<std::string>& xs) {
  boost::json::array a;
  for (const auto& x : xs) a.emplace_back(x);
  return a;
}

boost::json::object round_json(const CrossRound& r, const std::vector<std::string>& actions) {
  return {{"id", r.id},
          {"region_id", r.region_id},
          {"year", r.year},
          {"name", r.name},
          {"seed", r.seed},
          {"status", r.status},
          {"created_by_name", r.created_by_name},
          {"created_at", r.created_at},
          {"version", r.version},
          {"reviews", r.reviews},
          {"reviewed", r.reviewed},
          {"actions", strings(actions)}};
}

// Stored in hundredths, answered in points as the sheet was filled in; null until reviewed.
boost::json::value scores_json(const std::string& stored) {
  if (stored.empty()) return nullptr;
  boost::json::object o;
  const auto parsed = boost::json::parse(stored);
  for (const auto& [code, v] : parsed.as_object())
    if (v.is_int64()) o[code] = targets::points(v.as_int64());
  return o;
}

boost::json::object review_json(const CrossReview& x, bool reviewable) {
  const auto scores = scores_json(x.scores_json);
  return {{"id", x.id},
          {"evaluation_id", x.evaluation_id},
          {"evaluation_name", x.evaluation_name},
          {"author_agency_id", x.author_agency_id},
          {"author_agency_name", x.author_agency_name},
          {"reviewer_agency_id", x.reviewer_agency_id},
          {"reviewer_agency_name", x.reviewer_agency_name},
          {"scores", scores},
          {"total", x.total < 0 ? boost::json::value(nullptr)
                                : boost::json::value(targets::points(x.total))},
          {"comment", x.comment},
          {"reviewed_by_name", x.reviewed_by_name},
          {"reviewed_at",
           x.reviewed_at.empty() ? boost::json::value(nullptr) : boost::json::value(x.reviewed_at)},
          {"reviewable", reviewable}};
}

http::Response detail_json(const RoundDetail& d, int status = 200) {
  auto o = round_json(d.round, d.actions);
  boost::json::array reviews;
  for (const auto& x : d.reviews)
    reviews.push_back(review_json(x, std::ranges::find(d.reviewable, x.id) != d.reviewable.end()));
  o["review_items"] = std::move(reviews);
  boost::json::array items;
  for (const auto& i : d.quality_items)
    items.push_back({{"code", i.code}, {"label", i.label}, {"points", targets::points(i.points)}});
  o["quality_items"] = std::move(items);
  o["rule"] = "R-KE-5";
  return http::Response::json(o, status);
}

}  // namespace

void add_cross_round_routes(http::Router& router, CrossRoundService& service,
                            const auth::Guard& guard) {
  router.add("GET", kBase, {.summary = "互审互评轮次列表", .subject = kSubject, .query = {"year"}},
             guard([&service](http::Request& req, const auth::Principal& me) {
               boost::json::array items;
               for (const auto& v : service.list(me, http::query_int(req, "year", 2000, 2100)))
                 items.push_back(round_json(v.round, v.actions));
               return http::list_json(std::move(items));
             }));
  router.add("POST", kBase, {.summary = "发起互审互评轮次", .subject = kSubject},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const auto in = http::with_body(req, [](JsonReader& r) {
                 RoundInput in;
                 in.year = r.required_int("year", 2000, 2100);
                 in.name = r.required_string("name", 60);
                 in.seed = r.optional_int("seed", 0, kMaxSeed);
                 return in;
               });
               return detail_json(service.create(me, in), 201);
             }));
  router.add("GET", path("/{id}"), {.summary = "查看互审互评轮次", .subject = kSubject},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return detail_json(service.get(me, req.id_param()));
             }));
  router.add("POST", path("/{id}/close"), {.summary = "结束互审互评轮次", .subject = kSubject},
             guard([&service](http::Request& req, const auth::Principal& me) {
               const long long version = http::with_body(
                   req, [](JsonReader& r) { return r.required_int("version", 1, INT64_MAX); });
               return detail_json(service.close(me, req.id_param(), version));
             }));
  router.add("PUT", "/api/v1/key-evaluation-cross-reviews/{id}",
             {.summary = "保存互评意见", .subject = kSubject},
             guard([&service](http::Request& req, const auth::Principal& me) {
               boost::json::value scores;
               std::string comment;
               http::with_body(req, [&](JsonReader& r) {
                 const auto* v = r.value("scores");
                 if (!v) throw invalid("scores", "请填写各评分项的得分");
                 scores = *v;
                 comment = r.required_string("comment", 2000);
                 return 0;
               });
               return detail_json(service.review(me, req.id_param(), scores, comment));
             }));
  router.add("GET", path("/{id}/history"),
             {.summary = "互审互评轮次的流转记录", .subject = kSubject},
             guard([&service](http::Request& req, const auth::Principal& me) {
               return http::history_json(service.history(me, req.id_param()));
             }));
}

}  // namespace jixiao::key_evaluation
