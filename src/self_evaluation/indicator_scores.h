// An evaluation's indicator scores as kept (migration 0033): one text on the evaluation instead
// of five columns on each indicator row, so a re-scoring writes one row per evaluation rather
// than one per indicator. A line per scored indicator:
//   position \t weight \t score \t needs_reason (0|1) \t rule \t detail
// with the rule and the detail escaped (\\ \t \n). An indicator with no line is unscored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "self_evaluation/model.h"

namespace jixiao::self_evaluation {

// The scores of the indicators, in their order; "" when none is scored.
std::string pack_scores(const std::vector<IndicatorResult>& indicators);

// Sets every indicator's scores from the packed text, matched by position; an indicator the
// text does not name is left unscored. A malformed line is a corrupt record: it throws.
void unpack_scores(std::string_view packed, std::vector<IndicatorResult>& indicators);

}  // namespace jixiao::self_evaluation
