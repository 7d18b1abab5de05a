// JSON of a key evaluation's workflow answers: its experts, quality sheets and fee. Money in
// fen, points as two-decimal strings, codes the web app labels from data/vocabularies.
#pragma once

#include <boost/json/object.hpp>
#include <vector>

#include "key_evaluation/step_service.h"

namespace jixiao::key_evaluation {

boost::json::object experts_json(const std::vector<AssignmentView>& experts);
boost::json::object quality_json(const QualityView& v);
boost::json::object fee_json(const FeeView& v);
boost::json::object score_json(const ScoreView& v);
boost::json::object evaluation_view_json(const EvaluationView& v);

}  // namespace jixiao::key_evaluation
