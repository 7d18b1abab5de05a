// Bulk writes of ex-ante assessments for loads that make many at once (`jixiao bench-data`):
// rows column by column with explicit ids, one vector bind on SQLite and COPY on PostgreSQL (SOCI
// runs a vector bind there row by row). They skip assessment_totals: the caller recounts them
// (repo::rebuild_totals).
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "db/database.h"

namespace jixiao::assessment::repo {

// Assessments column by column; -1 scores and suggested amounts, and empty times, are stored as
// the schema's "none" (-1 and NULL).
struct AssessmentRows {
  std::vector<long long> id, region_id, year, project_id, unit_id, department_id, amount_fen,
      self_score, key_score, final_score, suggested_amount_fen, suggestions_accepted, version;
  std::vector<std::string> kind, level, status, grade, conclusion, self_report, opinion,
      suggested_target_changes, suggestions_accepted_at, submitted_at, concluded_at, created_at,
      updated_at;

  std::size_t size() const { return id.size(); }
};

// Key scorers' assignments and totals (-1 and no submission time while open).
struct ScorerRows {
  std::vector<long long> assessment_id, scorer_id, assigned_by, total;
  std::vector<std::string> assigned_at, opinion, submitted_at;

  std::size_t size() const { return assessment_id.size(); }
};

// Finance's marks of major projects.
struct MajorRows {
  std::vector<long long> project_id, marked_by;
  std::vector<std::string> reason, marked_at;

  std::size_t size() const { return project_id.size(); }
};

// Each inserts in the session's transaction (SOCI binds the vectors by address, hence mutable).
void insert_bulk(soci::session& s, db::Dialect dialect, AssessmentRows& rows);
void insert_scorers_bulk(soci::session& s, db::Dialect dialect, ScorerRows& rows);
void insert_majors_bulk(soci::session& s, db::Dialect dialect, MajorRows& rows);

// A project as a load decides whether it needs an assessment (R-EA-3).
struct ProjectForNeed {
  long long id = 0, region_id = 0, unit_id = 0, department_id = 0, amount_fen = 0;
  std::string category;
};
// The year's projects that are not cancelled, from an amount up, by id.
std::vector<ProjectForNeed> projects_from(soci::session& s, long long year, long long min_fen);

// The largest assessment id (0 when there is none): where explicit ids of a load start.
long long max_id(soci::session& s);
// After rows with explicit ids, moves PostgreSQL's identity sequence past them.
void sync_id_sequence(soci::session& s, db::Dialect dialect);

}  // namespace jixiao::assessment::repo
