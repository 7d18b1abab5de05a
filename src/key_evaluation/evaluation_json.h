// JSON of a key evaluation as the API answers it: codes (the web app labels them from
// data/vocabularies and the workflow file), money in fen, scores as two-decimal strings or null.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "key_evaluation/evaluation_model.h"

namespace jixiao::key_evaluation {

boost::json::object evaluation_json(const KeyEvaluation& e,
                                    const std::vector<std::string>& actions);

}  // namespace jixiao::key_evaluation
