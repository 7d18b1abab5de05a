// A round's re-scoring as a job: the office changed the year's rule parameters (R-SE-1…7,
// R-GR-1), or evaluations came in by a bulk load, and every evaluation of the round is scored
// again under its region's rules for the year as they now stand. In batches by id, each batch's
// scores, its audit record and the job's place committed together, so that a job stopped part
// way (a shutdown) goes on from where it stopped, and a job again writes nothing. The office's
// button and the command line (`jixiao self-evaluation score`) run the same job.
#pragma once

#include <functional>
#include <optional>

#include "auth/model.h"
#include "db/database.h"

namespace jixiao::self_evaluation {

struct ScoreOptions {
  int batch = 2000;  // evaluations per transaction
  // After each batch: evaluations read so far and the round's in all.
  std::function<void(long long done, long long total)> progress;
  // Asked between batches: true stops the job where it is (it goes on at the next start).
  std::function<bool()> stop;
  std::optional<auth::Principal> by;  // who started it, for the audit log; none for the system
  // Read the same rows as a job, batch by batch, and do nothing else (the benchmark's
  // baseline): nothing is written, the round's job is left as it is.
  bool scan_only = false;
};

struct ScoreResult {
  long long evaluated = 0;                // read by this run, from where it began or went on
  long long changed = 0;                  // written: their kept scores changed
  long long unanswered = 0, refused = 0;  // left as they were (RoundScoring)
  bool resumed = false;                   // it went on from a job stopped part way
  bool finished = false;
  double seconds = 0;
};

// Throws not_found for no such round.
ScoreResult score_round(db::Database& db, long long round_id, const ScoreOptions& options);

}  // namespace jixiao::self_evaluation
