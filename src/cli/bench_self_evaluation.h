// `jixiao bench-self-evaluation`: the province's self-evaluation of the year before the one
// bench-data generates, as it stands in spring after the units' answers came in by a bulk load:
// N projects of that year closed with an approved target each and their spending to the year's
// end, the province's round opened over every region (an evaluation each), and the answers spread
// over the workflow's states with their scores left to the round's re-scoring (`jixiao
// self-evaluation score`), which is what is measured.
#pragma once

#include <cstdint>

#include "db/database.h"

namespace jixiao::cli {

struct BenchSelfEvaluationOptions {
  long long evaluations = 10'000;  // N: projects of the year, each evaluated once
  std::uint64_t seed = 1;          // the same seed gives the same rows
  long long year = 2025;           // the year evaluated (bench-data's year is the next)
  int batch = 5'000;               // rows per bulk statement
};

struct BenchSelfEvaluationResult {
  long long projects = 0, indicators = 0, executions = 0;
  long long round_id = 0, evaluations = 0, answered = 0, partly = 0;
  double seconds = 0, projects_seconds = 0, open_seconds = 0, answers_seconds = 0;
};

// On a `jixiao bench-data` database (its province, units and accounts).
BenchSelfEvaluationResult create_bench_self_evaluation(db::Database& db,
                                                       const BenchSelfEvaluationOptions& options);

}  // namespace jixiao::cli
