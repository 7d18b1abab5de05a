// The parameter checks of the annual report's rule (R-RPT-1's offsets).
#pragma once

#include "rules/kinds.h"

namespace jixiao::annual_report {

void register_rule_kinds(rules::RuleKinds& kinds);

}  // namespace jixiao::annual_report
