// Self-evaluation of a `jixiao bench-data` province's year, as in the spring after it: the
// province's office opened the year (one evaluation per approved target of every region, the
// money prefilled and the indicators copied), the units sent most in and the office accepted
// many, and the year's review plan is fixed with its sample (every project at or above 100万元
// and a tenth of the rest, R-RV-1) mostly reviewed, a few inflated with their findings in the
// ledger. The statistics (自评统计) read it.
#pragma once

#include <soci/soci.h>

#include "db/database.h"

namespace jixiao::cli {

struct BenchDataSelfEvaluationResult {
  long long evaluations = 0, sampled = 0, reviewed = 0, inflated = 0;
};

// Writes them in the session's transaction and recounts the year's kept totals.
BenchDataSelfEvaluationResult insert_bench_self_evaluations(soci::session& s, db::Dialect dialect,
                                                            long long year);

}  // namespace jixiao::cli
