// One batch of `jixiao bench-data` rows, column by column: projects, their targets and the
// targets' indicators, as generated and as stored in bulk by their repositories.
#pragma once

#include "db/database.h"
#include "projects/repo_bulk.h"
#include "targets/repo_bulk.h"

namespace jixiao::cli {

struct BenchBatch {
  projects::repo::ProjectRows projects;  // with explicit ids
  targets::repo::TargetRows targets;     // a project target each, with its project's id
  targets::repo::IndicatorRows indicators;

  bool empty() const { return projects.size() == 0; }
  void clear();
};

// Inserts the batch's rows in the session's transaction (SOCI binds the vectors by address,
// hence a mutable batch; nothing in it changes).
void store(soci::session& s, db::Dialect dialect, BenchBatch& b);

}  // namespace jixiao::cli
