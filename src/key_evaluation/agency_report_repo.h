// SQL of the agencies' reports: each agency's key evaluations of a year counted for its
// scorecard (scorecard.h).
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "key_evaluation/scorecard.h"

namespace jixiao::key_evaluation::agency_report_repo {

// Per agency and year from year_from to year_to, over the evaluations of the regions under
// region_path (empty: every region) commissioned to agency_id (0: to any agency), by year then
// agency id.
std::vector<AgencyYearCounts> year_counts(soci::session& s, const std::string& region_path,
                                          long long agency_id, long long year_from,
                                          long long year_to);

}  // namespace jixiao::key_evaluation::agency_report_repo
