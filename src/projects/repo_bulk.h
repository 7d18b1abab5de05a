// Bulk writes of projects for loads that make many rows at once (`jixiao demo`, `bench-data`):
// rows column by column, one vector bind on SQLite and COPY on PostgreSQL when the ids are given
// (SOCI runs a vector bind there row by row). They skip project_totals: the caller counts them.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "db/database.h"
#include "projects/model.h"

namespace jixiao::projects::repo {

// Projects column by column (SOCI binds vectors by address, so they are filled in place).
struct ProjectRows {
  std::vector<long long> id;  // empty: the database numbers the rows
  std::vector<long long> region_id, year, unit_id, department_id, amount_fen, parent_id, tags;
  std::vector<std::string> code, name, fund_type, function_class, category, status, created_at,
      updated_at;

  void add(const Project& p);  // without its id
  std::size_t size() const { return code.size(); }
  void clear();
};

// Inserts the rows in the session's transaction; parent_id 0 is stored as NULL.
void insert_bulk(soci::session& s, db::Dialect dialect, ProjectRows& rows);

// project_totals rows of one year, counted by the caller while generating.
struct ProjectTotalRows {
  std::vector<long long> year, region_id, department_id, projects, amount_fen;
  std::vector<std::string> fund_type, status;
};
void insert_totals_bulk(soci::session& s, db::Dialect dialect, ProjectTotalRows& rows);

// The largest project id (0 when there is none): where explicit ids of a load start.
long long max_id(soci::session& s);
// After rows with explicit ids, moves PostgreSQL's identity sequence past them.
void sync_id_sequence(soci::session& s, db::Dialect dialect);

// The projects of a year that are not cancelled, by id (id, region, year, unit, department,
// function class, name, amount and status only): what demo targets are written for.
std::vector<Project> year_projects(soci::session& s, long long year);

}  // namespace jixiao::projects::repo
