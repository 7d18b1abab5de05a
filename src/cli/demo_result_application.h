// The demo's result application (结果应用, R-RA-2): next year's projects linked to their
// predecessors by unit and name, the budget actions proposed from the year before's
// self-evaluations and key evaluations, the current year's monitoring outcomes and the next
// year's ex-ante conclusions; most confirmed, a few changed with reasons, one waived, and a few
// next-year projects raised above their confirmed limits so that the breach list has entries.
// All of it through the services, as finance would.
#pragma once

#include <cstddef>

#include "db/database.h"

namespace jixiao::cli {

// Runs after the key evaluations; returns how many actions it proposed.
std::size_t insert_demo_result_application(db::Database& db);

}  // namespace jixiao::cli
