// Ex-ante assessments of a `jixiao bench-data` province for the budget year being prepared: one
// for each project that needs one (R-EA-3: new and continuing projects at or above the region's
// threshold, and a few finance marked major), spread over the workflow's states as in late
// autumn: most concluded, a mix of self-assessed and key-assessed with every conclusion.
#pragma once

#include <soci/soci.h>

#include <cstdint>

#include "db/database.h"

namespace jixiao::cli {

struct BenchAssessmentResult {
  long long assessments = 0, majors = 0, scorers = 0;
};

// Writes them in bulk in the session's transaction (rows of `batch` at a time) and recounts the
// year's assessment_totals. The same seed and projects give the same rows.
BenchAssessmentResult insert_bench_assessments(soci::session& s, db::Dialect dialect,
                                               long long year, std::uint64_t seed, int batch);

}  // namespace jixiao::cli
