// The check of R-AP-1's parameters beyond their shape: the sheet names every item once, its points
// add up to 100 points and an item that does not apply is either left out with the others rescaled
// or scores nothing.
#pragma once

#include "rules/kinds.h"

namespace jixiao::appraisal {

void register_rule_kinds(rules::RuleKinds& kinds);

}  // namespace jixiao::appraisal
