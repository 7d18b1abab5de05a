// SQL of the budget reviews. Every write keeps budget_review_totals in the same transaction.
#pragma once

#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "budget_review/model.h"

namespace jixiao::budget_review::repo {

struct ReviewFilter {
  std::optional<long long> year;
  std::optional<long long> department_id;
  std::optional<long long> project_id;
  std::optional<std::string> status;  // absent: pending and done (not withdrawn)
  std::optional<std::string> words;   // in the project's name or code
  long long after_id = 0;
  int limit = 50;
  long long offset = 0;
};

// The review of a project within the scope (none for a foreign one).
std::optional<Review> find_by_project(soci::session& s, long long project_id,
                                      const auth::DataScope& scope);
// The review of a project, whoever asks (the watches and the gate).
std::optional<Review> find_by_project(soci::session& s, long long project_id);
// The reviews of projects by code in a region and year (an import's rows).
std::optional<Review> find_by_code(soci::session& s, long long region_id, long long year,
                                   const std::string& code);

// limit + 1 rows in id order, so that the caller knows whether a next page exists.
std::vector<Review> list(soci::session& s, const ReviewFilter& f, const auth::DataScope& scope);
// The filtered set's figures: from the kept totals where the filter allows, else the rows.
Figures list_figures(soci::session& s, const ReviewFilter& f, const auth::DataScope& scope);
long long list_count(soci::session& s, const ReviewFilter& f, const auth::DataScope& scope);

long long insert(soci::session& s, const Review& r);
// Writes what finance entered (approved, reason, comment, reviewer, status); false when the
// version moved on.
bool update_entry(soci::session& s, const Review& r, long long expected_version);
// Follows the project: its place, fund type and submitted amount, and the status.
void update_from_project(soci::session& s, const Review& r);
void remove(soci::session& s, long long id);

// One cell of the kept totals, summed over the scope, by (region, department, fund type, status).
struct TotalsRow {
  long long region_id = 0;
  long long department_id = 0;
  std::string fund_type;
  std::string status;
  long long reviews = 0;
  Fen submitted_fen = 0;
  Fen approved_fen = 0;
  Fen cut_fen = 0;
};
// A cell's figures: done reviews count their money as reviewed, pending ones as waiting.
Figures figures_of(const TotalsRow& r);
std::vector<TotalsRow> totals_rows(soci::session& s, long long year, const auth::DataScope& scope);
// The same, counted from the reviews themselves (for a unit's few rows, and to check the kept
// ones).
std::vector<TotalsRow> counted_rows(soci::session& s, long long year, const auth::DataScope& scope);

// The names of units (departments) by id, in one query.
std::map<long long, std::string> unit_names(soci::session& s, const std::vector<long long>& ids);

// Recounts a year's totals from the rows (after a bulk load).
void rebuild_totals(soci::session& s, long long year);

}  // namespace jixiao::budget_review::repo
