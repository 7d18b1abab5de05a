// R-RA-1 as a region set it for a year: how many days finance has to send a key evaluation's
// results once its final report is accepted, and how many the evaluated party has to answer.
#pragma once

#include <boost/json/object.hpp>

#include "rules/model.h"

namespace jixiao::key_evaluation {

struct ResultsDays {
  long long results = 20;  // finalised → results sent
  long long answer = 30;   // results sent → measures answered
};

// Whole days, 1 to 365 each. Throws invalid("params.results_days" | "params.results_answer_days").
ResultsDays read_results_days(const boost::json::object& params);
ResultsDays results_days(const rules::RuleSet& rules);

}  // namespace jixiao::key_evaluation
