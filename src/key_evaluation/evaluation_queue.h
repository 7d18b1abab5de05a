// What waits for one actor of a key evaluation's workflow (the list's `waiting` filter and the
// home page's to-dos): the agency its commissions to work on (commissioned, fieldwork, rework,
// revision); an expert the plans and reports in review it has not scored in their current
// round; the office the reviews whose every assigned expert has scored, the final reports to
// accept, the finalised evaluations whose results are unsent, and the subjects it evaluates
// itself while they are in its hands.
#pragma once

#include <optional>
#include <string>

#include "db/query.h"
#include "key_evaluation/workflow.h"

namespace jixiao::key_evaluation {

// The queue of the caller's role: agency | expert | office; none for the others.
std::optional<std::string> queue_of(const EvaluationCaller& c);

// Appends " AND (…)" to a query over key_evaluations e. expert_id: the expert's record (queue
// expert). An unknown queue selects nothing.
void append_queue(db::Query& q, const std::string& queue, long long expert_id);

}  // namespace jixiao::key_evaluation
