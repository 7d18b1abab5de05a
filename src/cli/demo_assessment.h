// Ex-ante assessments of the demo region's next fiscal year: the projects that need one
// (R-EA-3), spread over every state of the workflow, with the demo expert's and agency's
// scores, so that the office, the department and the scorers find this stage populated.
#pragma once

#include <soci/soci.h>

#include <cstddef>
#include <set>

#include "db/database.h"

namespace jixiao::cli {

// Writes them through the assessment repository, each step on its timeline; leaves out the units
// in skip (the demo accounts' own units, so that people can begin their first). Returns how many.
std::size_t insert_demo_assessments(soci::session& s, db::Dialect dialect, long long region_id,
                                    long long year, const std::set<long long>& skip_units);

}  // namespace jixiao::cli
