// The demo's warning notices and findings ledger: the prefecture's office issues 预警纠偏告知函
// at the May checkpoint (30 June) and the August one (28 September) as the office's route does,
// and the findings stand in every state: May's mostly closed, some answered, a few reopened;
// August's open (overdue where the due date passed), answered, a few closed.
#pragma once

#include <soci/soci.h>

#include <cstddef>
#include <set>

#include "db/database.h"

namespace jixiao::cli {

// The demo accounts' units (scripted_units) have May's findings closed and August's open to
// answer, but for a blue one answered and waiting for the office. Returns how many findings.
std::size_t insert_demo_rectify(soci::session& s, db::Dialect dialect, long long region_id,
                                long long year, const std::set<long long>& scripted_units);

}  // namespace jixiao::cli
