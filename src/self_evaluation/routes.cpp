#include "self_evaluation/routes.h"

#include <boost/json.hpp>

#include "http/json_body.h"
#include "rules/service.h"
#include "self_evaluation/score_json.h"

namespace jixiao::self_evaluation {

void add_self_evaluation_routes(http::Router& router, db::Database& db, const auth::Guard& guard) {
  // The scoring rules on an evaluation as a form holds it, under the caller's region's rules for
  // the year, nothing saved (other tools rely on this contract: docs/API.md).
  router.add("POST", "/api/v1/self-evaluations:score",
             {.summary = "按自评规则计算一张自评表的得分（不保存）",
              .subject = "own",
              .request = "ScoreForm",
              .answer = "Score"},
             guard([&db](http::Request& req, const auth::Principal& me) {
               const ScoreRequest request =
                   read_score_request(boost::json::value(http::json_body(req)));
               const rules::RuleSet rules = db.read([&](soci::session& s) {
                 return rules::effective_rules(s, me.region_id, request.year);
               });
               return http::Response::json(score_json(rules, request.input));
             }));
}

}  // namespace jixiao::self_evaluation
