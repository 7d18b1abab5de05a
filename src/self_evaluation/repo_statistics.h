// SQL of the self-evaluation statistics beside the kept totals (repo_totals.h): the year's
// projects the budget holds, which coverage is measured against (from project_totals; a unit's
// from its projects), and the findings the review handed to the ledger, counted there with
// their due dates (R-RA-1: whether one is due depends on the day, which no kept total can hold;
// they are the inflated few of the sample). Cells by (region, department), departments kept
// apart only in `departments_of_region` (0: everywhere), as repo::totals.
#pragma once

#include <soci/soci.h>

#include <vector>

#include "auth/model.h"
#include "self_evaluation/statistics.h"

namespace jixiao::self_evaluation::repo {

std::vector<ProjectCell> project_cells(soci::session& s, long long year,
                                       const auth::DataScope& scope,
                                       long long departments_of_region);
std::vector<FindingCell> finding_cells(soci::session& s, long long year,
                                       const auth::DataScope& scope,
                                       long long departments_of_region);

}  // namespace jixiao::self_evaluation::repo
