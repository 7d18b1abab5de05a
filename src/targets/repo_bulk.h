// Bulk writes of project targets and their indicators for `jixiao bench-data`: rows column by
// column with explicit ids, one vector bind on SQLite and COPY on PostgreSQL (SOCI runs a vector
// bind there row by row). They skip target_totals: the caller counts them.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "db/database.h"

namespace jixiao::targets::repo {

// Targets column by column (SOCI binds vectors by address, so they are filled in place).
struct TargetRows {
  std::vector<long long> id, region_id, year, project_id, unit_id, department_id, score, not_funded;
  std::vector<std::string> kind, framework_version, overall_goal, status, grade, created_at,
      updated_at;

  std::size_t size() const { return id.size(); }
  void clear();
};
void insert_bulk(soci::session& s, db::Dialect dialect, TargetRows& rows);

// Indicators of many targets, column by column.
struct IndicatorRows {
  std::vector<long long> target_id, position, weight;
  std::vector<std::string> category, subcategory, name, comparator, value, unit, direction,
      value_basis;

  std::size_t size() const { return target_id.size(); }
  void clear();
};
void insert_indicators_bulk(soci::session& s, db::Dialect dialect, IndicatorRows& rows);

// target_totals rows, counted by the caller while generating.
struct TargetTotalRows {
  std::vector<long long> year, region_id, department_id, cancelled, targets, not_funded, amount_fen;
  std::vector<std::string> kind, fund_type, status;
};
void insert_totals_bulk(soci::session& s, db::Dialect dialect, TargetTotalRows& rows);

// After rows with explicit ids, moves PostgreSQL's identity sequence past them.
void sync_id_sequence(soci::session& s, db::Dialect dialect);

}  // namespace jixiao::targets::repo
