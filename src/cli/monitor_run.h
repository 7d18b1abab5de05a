// `jixiao monitor run`: a checkpoint's warning run from the command line, with its progress on
// standard error; a run killed part way goes on at the next start.
#pragma once

#include <string>

#include "db/database.h"

namespace jixiao::cli {

struct MonitorRunOptions {
  std::string region_code;  // the checkpoint's region, as a check on the id
  long long checkpoint_id = 0;
  int batch = 2000;
  std::string today;       // ISO date deciding overdue reports; empty for today
  bool scan_only = false;  // read the reports as a run does, write nothing (a baseline)
};

// Returns the process's exit status.
int run_monitor(db::Database& db, const MonitorRunOptions& options);

}  // namespace jixiao::cli
