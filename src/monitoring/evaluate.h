// The JSON contract of POST /api/v1/monitoring:evaluate: a project's progress at a checkpoint in,
// the warnings of R-MO-4 out. Strict at the edge: every bad field is named in the error.
//
// In:  {"year", "as_of": "YYYY-MM-DD", "budget_fen", "executed_fen", "report_overdue": bool,
//       "indicators": [{the target's indicator fields (targets/json.h), "value_so_far",
//                       "likelihood": "certain"|"possible"|"impossible", "projected_value"}]}
// Out: {"colour": "none"|"blue"|"red", "fired": [{"rule", "check", "colour", "detail",
//       "inputs"}], "time_progress": "41.37", "execution_rate": "12.00"|null,
//       "target_progress": "75.00"|null}  (percentages with two decimals; null is "—")
#pragma once

#include <boost/json.hpp>

#include "monitoring/warnings.h"
#include "rules/model.h"

namespace jixiao::monitoring {

// Reads a request body; throws invalid("field", "中文") for the first bad field.
ProjectProgress read_progress(const boost::json::value& body);

// The checks of progress a service built itself (the same as read_progress makes beyond the
// JSON types): a year 2000–2100, as_of a day of it, 0 ≤ executed ≤ budget, likelihoods from
// their list, numbers reported against numeric targets. Throws invalid("field", "中文").
void check_progress(const ProjectProgress& progress);

boost::json::object evaluation_json(const Evaluation& e);

// The route's whole work: the region's R-MO-4 from rules, the body read and judged.
boost::json::object evaluate_json(const rules::RuleSet& rules, const boost::json::value& body);

}  // namespace jixiao::monitoring
