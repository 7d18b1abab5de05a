// The JSON of the self-evaluation stage: rounds, evaluation rows and forms, and the strict
// reading of the form's answers.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "self_evaluation/service.h"

namespace jixiao::self_evaluation {

// With `scoring`: its re-scoring's progress, and whether it runs now (score_job.h).
boost::json::object round_json(const Round& r, bool scoring_now = false);
// A list's row: money in fen with its 万元 text, scores in hundredths with their text.
boost::json::object evaluation_json(const Evaluation& e);
// The form: the row, the texts, the execution score with its rule and inputs, each indicator
// with its target, the unit's answers and the computed score with its rule and detail, the
// qualitative bands (R-SE-5) and the caller's actions.
boost::json::object view_json(const EvaluationView& v);
// [{position, actual_value, not_applicable, deviation_reason, improvement, self_score,
// self_score_reason}]; errors name "indicators[i].field".
std::vector<IndicatorAnswer> read_answers(const boost::json::value* items);

}  // namespace jixiao::self_evaluation
