// The rule this feature reads, registered with its parameter check (rules/kinds.h).
#pragma once

#include "rules/kinds.h"

namespace jixiao::documents {

// R-DOC-1: an issuer name, and number templates that tell documents apart ({年度} and {序号}).
void register_rule_kinds(rules::RuleKinds& kinds);

}  // namespace jixiao::documents
