// Targets of the demo region: most of the year's projects carry one, written from the shipped
// case of their industry and spread over every workflow state, so that every page has work.
#pragma once

#include <soci/soci.h>

#include <cstddef>
#include <set>

namespace jixiao::cli {

// Adds targets to the current year's projects, leaving out the units in skip (the demo accounts'
// own units start empty so that people can write their first target). Returns how many.
std::size_t insert_demo_targets(soci::session& s, const std::set<long long>& skip_units);

}  // namespace jixiao::cli
