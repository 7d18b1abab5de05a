// The demo's registries of key evaluations (R-KE-3): the prefecture's third-party agencies, one
// suspended, each with its contracts of the years, demo_agency acting for the first; and its
// expert pool, demo_expert the first, with relations to avoid (the accounts' units among them).
#pragma once

#include <soci/soci.h>

#include "db/database.h"

namespace jixiao::cli {

void insert_demo_registry(soci::session& s, db::Dialect dialect, long long region_id,
                          long long unit, long long unit2, long long agency_user,
                          long long expert_user);

}  // namespace jixiao::cli
