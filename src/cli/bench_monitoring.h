// Dual monitoring of a `jixiao bench-data` province as it stands in June: the spending series of
// every monitored project (the feed's figures at the ends of March, April and May), the province's
// checkpoint as of 31 May opened over every region (a report for each monitored target), about
// half of the reports answered and spread over the workflow's states, and the August checkpoint
// planned. The warning run is left to `jixiao monitor run`, which is what is measured.
#pragma once

#include <soci/soci.h>

#include <cstdint>

#include "db/database.h"

namespace jixiao::cli {

struct BenchMonitoringResult {
  long long executions = 0, reports = 0, answers = 0;
  long long checkpoint_id = 0;  // the open checkpoint (31 May)
};

// Writes them in bulk in the session's transaction, `batch` projects or reports at a time, so
// that memory stays bounded. The same seed and projects give the same rows.
BenchMonitoringResult insert_bench_monitoring(soci::session& s, db::Dialect dialect, long long year,
                                              std::uint64_t seed, int batch);

}  // namespace jixiao::cli
