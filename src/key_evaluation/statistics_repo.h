// SQL of the key-evaluation statistics: a year's evaluations and their key-evaluation findings
// within a scope, grouped into cells (statistics.h sums them).
#pragma once

#include <soci/soci.h>

#include <vector>

#include "auth/model.h"
#include "key_evaluation/statistics.h"

namespace jixiao::key_evaluation::statistics_repo {

std::vector<EvaluationCell> evaluation_cells(soci::session& s, long long year,
                                             const auth::DataScope& scope);
std::vector<FindingCell> finding_cells(soci::session& s, long long year,
                                       const auth::DataScope& scope);

}  // namespace jixiao::key_evaluation::statistics_repo
