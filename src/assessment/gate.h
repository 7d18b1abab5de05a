// The ex-ante assessment's answer for the budget gate (R-EA-3: a project that needs an
// assessment and has none, or failed, cannot enter the budget). gate_state (service.h) says
// where a project stands; assessment_gate is the same as the projects stage's gate condition,
// for the app to register with ProjectService::add_gate.
#pragma once

#include <soci/soci.h>

#include <optional>

#include "projects/gate.h"

namespace jixiao::assessment {

// Nothing when the region's R-BG-1 does not ask for it (ex_ante) for the project's year.
std::optional<projects::GateCondition> assessment_gate(soci::session& s,
                                                       const projects::Project& p);

}  // namespace jixiao::assessment
