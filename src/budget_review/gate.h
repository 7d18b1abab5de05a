// The budget review's condition of the budget gate (R-BG-1): a project enters the budget once
// finance has entered its approved amount.
#pragma once

#include <soci/soci.h>

#include <optional>

#include "projects/gate.h"

namespace jixiao::budget_review {

std::optional<projects::GateCondition> budget_gate(soci::session& s, const projects::Project& p);

}  // namespace jixiao::budget_review
