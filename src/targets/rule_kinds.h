// The rules the targets stage reads, registered with their parameter checks (rules/kinds.h).
#pragma once

#include "rules/kinds.h"

namespace jixiao::targets {

// R-IND-1 (a framework version that exists), R-TR-2 (the sheet adds up to 100, the pass mark
// lies within it) and R-GR-1 (bands fall from excellent to fair).
void register_rule_kinds(rules::RuleKinds& kinds);

}  // namespace jixiao::targets
