// The office's batch run over every target of a year: lint each one and store its findings (what
// reviewers see before they open it). Streams the targets unit by unit, so that copying within a
// unit is caught, in chunks of units that each commit on their own.
#pragma once

#include <functional>

#include "db/database.h"

namespace jixiao::targets {

struct BatchLintOptions {
  long long year = 0;
  long long units_per_chunk = 50;  // units read, linted and written per transaction
  bool scan_only = false;          // read the same rows and do nothing else (the baseline)
  // Called with the count of targets read so far, after each chunk is read and before it is
  // written (a chunk is read in its own transaction, ahead of the writes).
  std::function<void(long long targets_read)> progress;
};

struct BatchLintResult {
  long long targets = 0;
  long long indicators = 0;
  long long findings = 0;
  long long with_errors = 0;  // targets with at least one error-level finding
  double seconds = 0;
};

BatchLintResult lint_all(db::Database& db, const BatchLintOptions& options);

}  // namespace jixiao::targets
