// The checks of the ex-ante assessment rules' parameters beyond their shape (R-EA-1's sheets
// sum to 100, R-EA-2 maps every grade to a conclusion, R-EA-3's categories are project
// categories).
#pragma once

#include "rules/kinds.h"

namespace jixiao::assessment {

void register_rule_kinds(rules::RuleKinds& kinds);

}  // namespace jixiao::assessment
