// The targets' condition of the budget gate (R-BG-1): a project enters the budget only with a
// target that passed review (R-TR-2: under the pass mark it gets no money).
#pragma once

#include <soci/soci.h>

#include <optional>

#include "projects/gate.h"

namespace jixiao::targets {

std::optional<projects::GateCondition> target_gate(soci::session& s, const projects::Project& p);

}  // namespace jixiao::targets
