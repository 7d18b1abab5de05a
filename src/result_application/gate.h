// Result application's condition of the budget gate (R-BG-1, R-RA-2): a project on which a
// confirmed budget action sets a limit enters the budget only within it (and not at all after a
// cancel). Projects no decided action acts on answer nothing.
#pragma once

#include <soci/soci.h>

#include <optional>

#include "projects/gate.h"

namespace jixiao::result_application {

std::optional<projects::GateCondition> result_gate(soci::session& s, const projects::Project& p);

}  // namespace jixiao::result_application
