// The rule this feature reads, registered with its parameter check (rules/kinds.h).
#pragma once

#include "rules/kinds.h"

namespace jixiao::documents {

// R-DOC-1: an issuer name, and number templates that tell documents apart ({year} and {seq}).
void register_rule_kinds(rules::RuleKinds& kinds);

}  // namespace jixiao::documents
