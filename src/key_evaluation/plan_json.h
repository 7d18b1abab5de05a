// JSON of the plan's suggestions and coverage: codes with their Chinese labels beside (the
// reasons are shown as tags), money in fen, rates as exact strings or null (R-MON-2: "—").
#pragma once

#include <boost/json/object.hpp>
#include <vector>

#include "key_evaluation/plan_coverage.h"
#include "key_evaluation/plan_suggestions.h"

namespace jixiao::key_evaluation {

// {"items": [...]}: a bounded list, never paged.
boost::json::object suggestions_json(const std::vector<Suggestion>& items);
boost::json::object coverage_json(const PlanCoverage& c);

}  // namespace jixiao::key_evaluation
