// Monitoring of the demo region's current year: every monitored project's spending month by
// month (most on pace, some behind, some starting late, a few idle), the prefecture's two
// checkpoints (31 May and 31 August) opened, and their reports in every state: May's almost all
// accepted, August's still moving through units, sections and the office. The reports of the
// demo accounts' own units follow a script instead of the draws, so that a person logging in as
// one of them finds each state of the work: a red report with a notice to answer, a report to
// fill in, one submitted, one returned.
#pragma once

#include <soci/soci.h>

#include <cstddef>
#include <set>

#include "db/database.h"

namespace jixiao::cli {

// Returns how many reports. The overall report of own_department (demo_department's) waits for
// it at the August checkpoint.
std::size_t insert_demo_monitoring(soci::session& s, db::Dialect dialect, long long region_id,
                                   long long year, const std::set<long long>& scripted_units,
                                   long long own_department);

}  // namespace jixiao::cli
