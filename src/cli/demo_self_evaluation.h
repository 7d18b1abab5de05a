// The demo region's self-evaluation of the year before the current one: its projects' spending
// quarter by quarter to the year's end, the prefecture's round opened over the county below it,
// and every evaluation in a state of the workflow — most accepted, some with finance or their
// department, a few returned with the office's words or not yet filled in (late units). Answers
// are drawn as units give them (cli/sample_self_evaluation.h) and scored by the real scoring. The
// demo accounts' own units follow a script, so that a person logging in as one finds a form to
// fill in, one half filled, one returned, one submitted and some accepted; their department has
// forms to consolidate and the office forms to accept.
#pragma once

#include <soci/soci.h>

#include <cstddef>
#include <set>

#include "db/database.h"

namespace jixiao::cli {

// Returns how many evaluations. The overall form of own_department (demo_department's) is
// answered and waits for it to submit.
std::size_t insert_demo_self_evaluation(soci::session& s, db::Dialect dialect, long long region_id,
                                        long long year, const std::set<long long>& scripted_units,
                                        long long own_department);

}  // namespace jixiao::cli
