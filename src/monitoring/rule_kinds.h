// The checks of the monitoring rules' parameters beyond their shape: R-MO-2's checkpoints are
// days of every year with the report due after the data, R-MO-4's blue threshold lies below its
// red one and the schedule floors rise month by month within 0–100 %.
#pragma once

#include "rules/kinds.h"

namespace jixiao::monitoring {

void register_rule_kinds(rules::RuleKinds& kinds);

}  // namespace jixiao::monitoring
