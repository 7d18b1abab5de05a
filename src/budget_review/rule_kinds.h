// The rule the budget review reads, registered with its parameter check (rules/kinds.h).
#pragma once

#include "rules/kinds.h"

namespace jixiao::budget_review {

// R-BR-1: reason codes are distinct identifiers with distinct labels; reason_required is 0 or 1.
void register_rule_kinds(rules::RuleKinds& kinds);

}  // namespace jixiao::budget_review
