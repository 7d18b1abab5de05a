// One batch of `jixiao bench-data` rows, column by column: projects, their targets and the
// targets' indicators, as generated and as stored in bulk (SQLite: one vector bind a table;
// PostgreSQL: COPY, since SOCI runs a vector bind there row by row).
#pragma once

#include <string>
#include <vector>

#include "db/database.h"

namespace jixiao::cli {

struct BenchBatch {
  // Projects and their project targets (a target's id is its project's).
  std::vector<long long> ids, regions, units, departments, amounts, tags, scores, not_funded;
  std::vector<std::string> codes, names, funds, classes, categories, goals, target_status, grades;
  // Indicators.
  std::vector<long long> target, position, weight;
  std::vector<std::string> category, subcategory, name, comparator, value, unit, direction, basis;

  bool empty() const { return ids.empty(); }
  void clear();
};

// Inserts the batch's rows in the session's transaction (SOCI binds the vectors by address,
// hence a mutable batch; nothing in it changes).
void store(soci::session& s, db::Dialect dialect, BenchBatch& b, long long year,
           const std::string& at);

}  // namespace jixiao::cli
