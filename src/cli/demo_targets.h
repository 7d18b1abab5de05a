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

// Review batches of the demo region's latest year: the office assigns the expert and the agency
// some targets waiting for finance's review, and the expert has sent an opinion on the first, so
// that their home pages and review queues have work.
void insert_demo_review_batches(soci::session& s, long long region_id, long long office_id,
                                long long expert_id, long long agency_id);

}  // namespace jixiao::cli
