// The JSON contract of POST /api/v1/self-evaluations:score: a target's indicators with their
// actual values and the year's money in, every part's score with its rule and inputs out (R-SE-1…7,
// R-GR-1). Strict at the edge: every bad field is named in the error. Nothing is saved.
//
// In:  {"year", "budget_fen", "executed_fen",
//       "indicators": [{the target's indicator fields (targets/json.h: category, subcategory,
//                       name, comparator, value, unit, weight, direction, …),
//                       "actual_value": "150", "not_applicable": false,
//                       "self_score": 15 | "15.00" | null}]}
// Out: {"execution_score": "9.00", "execution_weight": "10.00", "execution_rate": "90.00"|null,
//       "execution_detail", "execution_rule": "R-SE-3",
//       "indicators": [{"score": "15.00", "weight": "20.00", "rule": "R-SE-4"|"R-SE-5"|"R-SE-6",
//                       "detail", "met", "needs_reason",
//                       "band": {"code", "label", "floor", "ceiling"} (qualitative only)}],
//       "total": "69.00", "self_total": "…"|null, "grade": "fair", "grade_label": "中",
//       "grade_rule": "R-GR-1"}
// Scores and weights are exact two-decimal strings (hundredths); a rate is "—" as null (R-MON-2).
#pragma once

#include <boost/json.hpp>

#include "rules/model.h"
#include "self_evaluation/scoring.h"

namespace jixiao::self_evaluation {

struct ScoreRequest {
  long long year = 0;
  ScoringInput input;
};

// Reads a request body; throws invalid("field", "中文") for the first bad field. What only the
// scoring can tell (an actual value of the wrong kind, a self score outside its band) is
// score()'s to refuse, under the same field names.
ScoreRequest read_score_request(const boost::json::value& body);

// A self score as sent: a number or a numeric string of points, at most two decimals, or null.
std::optional<long long> read_self_score(const boost::json::value* v, const std::string& field);

boost::json::object indicator_score_json(const IndicatorScore& s);
boost::json::object scored_json(const Scored& s);

// The route's work once the year's rules are known: the request scored under them.
boost::json::object score_json(const rules::RuleSet& rules, const ScoringInput& input);

}  // namespace jixiao::self_evaluation
