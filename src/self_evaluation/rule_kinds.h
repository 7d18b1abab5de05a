// The checks of the self-evaluation rules' parameters beyond their shape: R-SE-1's points add up
// to 100 with budget execution, R-SE-2 and R-SE-4 name a known choice, R-SE-5's band floors fall
// within 0–100 %, R-SE-7's and R-RV-1's percents lie within 0–100, R-RV-2's points within 0–100.
#pragma once

#include "rules/kinds.h"

namespace jixiao::self_evaluation {

void register_rule_kinds(rules::RuleKinds& kinds);

}  // namespace jixiao::self_evaluation
