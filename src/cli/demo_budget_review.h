// Budget reviews of the demo region's next fiscal year: finance has reviewed most declared
// projects, cutting about half at the prefecture's own level and a fifth in the counties (the
// seed's own-level and county rates), with varied reasons; some still wait.
#pragma once

#include <soci/soci.h>

#include <cstddef>

namespace jixiao::cli {

// Reviews for the year's declared projects of the region's tree, drawn from a fixed seed; the
// projects of 州第一中学 (demo_unit's) all wait, so that the section has rows to enter. Returns
// how many reviews.
std::size_t insert_demo_budget_reviews(soci::session& s, long long region_id, long long year);

}  // namespace jixiao::cli
