// A report as the warning rules (R-MO-4) read it, and their answer written back on it: shared by
// the report's submission, a checkpoint's run and the demo.
#pragma once

#include <string>
#include <vector>

#include "monitoring/model.h"
#include "monitoring/warnings.h"

namespace jixiao::monitoring {

// The report's money and answers against the target's indicators, by position. `overdue`: the
// report is still missing after its due date.
ProjectProgress progress_of(const Report& r, const std::vector<targets::Indicator>& indicators,
                            const std::vector<IndicatorReport>& answers, bool overdue);

// Sets the report's colour, the rules that fired (JSON) and when.
void apply_evaluation(Report& r, const Evaluation& e, const std::string& at);

}  // namespace jixiao::monitoring
