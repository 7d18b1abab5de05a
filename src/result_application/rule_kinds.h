// The parameter checks of result application's rules (R-RA-2's bands and cut).
#pragma once

#include "rules/kinds.h"

namespace jixiao::result_application {

void register_rule_kinds(rules::RuleKinds& kinds);

}  // namespace jixiao::result_application
