// The checks of the key-evaluation rules' parameters beyond their shape: R-KE-1's weights add up
// to 100 with output and benefit at least 60, R-KE-3's look-back is a whole number of years,
// R-KE-4's fee bands cover 0–100 without gap or overlap, its rework bar at a band's lower bound,
// its quality sheet's items unique with points adding up to 100.
#pragma once

#include "rules/kinds.h"

namespace jixiao::key_evaluation {

void register_rule_kinds(rules::RuleKinds& kinds);

}  // namespace jixiao::key_evaluation
