// `jixiao self-evaluation score`: a round's re-scoring from the command line (after a bulk load,
// or the office's change of the year's rules), with its progress on standard error; a job
// killed part way goes on at the next start.
#pragma once

#include <string>

#include "db/database.h"

namespace jixiao::cli {

struct ScoreRoundOptions {
  std::string region_code;  // the round's region, as a check on the id
  long long round_id = 0;
  int batch = 2000;
  bool scan_only = false;  // read the evaluations as a job does, write nothing (a baseline)
};

// Returns the process's exit status.
int run_score_round(db::Database& db, const ScoreRoundOptions& options);

}  // namespace jixiao::cli
