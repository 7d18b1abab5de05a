// A checkpoint's whole warning run (R-MO-4) as a job: the reports' money read again, then the
// reports evaluated in batches, each batch and the run's place committed together, so that a run
// killed part way goes on from where it stopped, and a run again writes only what changed. The
// command line (`jixiao monitor run`) and the office's button run the same job.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "auth/model.h"
#include "db/database.h"

namespace jixiao::monitoring {

struct RunOptions {
  int batch = 2000;   // reports per transaction
  std::string today;  // ISO date: which missing reports are overdue; empty for today
  // After each batch: reports evaluated so far and the checkpoint's reports in all.
  std::function<void(long long done, long long total)> progress;
  // Asked between batches: true stops the run where it is (it goes on at the next start).
  std::function<bool()> stop;
  std::optional<auth::Principal> by;  // who ran it, for the audit log; none for the system
  // Read the same rows as a run, batch by batch, and do nothing else (the benchmark's baseline):
  // nothing is written, the checkpoint's run is left as it is.
  bool scan_only = false;
};

struct RunResult {
  long long evaluated = 0;  // by this run, from where it began or went on
  long long changed = 0;
  bool resumed = false;  // it went on from a run stopped part way
  bool finished = false;
  double seconds = 0;
};

// Throws precondition("bad_status") for a checkpoint that is not open, not_found for none.
RunResult run_checkpoint(db::Database& db, long long checkpoint_id, const RunOptions& options);

}  // namespace jixiao::monitoring
