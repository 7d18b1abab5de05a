// The kept totals of the self-evaluations (self_evaluation_totals, migration 0021): counts and
// money of each year's evaluations by region, department and kind, by state and grade, with how
// many the review sampled, reviewed and found inflated. Every write of an evaluation or of its
// sample keeps them in its transaction: the evaluation's contribution as it was is taken out and as
// it is now put in (an upserted delta, as monitoring_totals).
#pragma once

#include <soci/soci.h>

#include <array>
#include <string>
#include <vector>

#include "auth/model.h"
#include "base/money.h"
#include "db/query.h"
#include "self_evaluation/model.h"

namespace jixiao::self_evaluation::repo {

// Adds (sign 1) or takes away (sign -1) the evaluations that meet `where`, a condition over
// self_evaluations e written by this module with one placeholder bound to `value`, as they and
// their samples are stored now. Without `samples` they count as not sampled.
void add_to_totals(soci::session& s, const std::string& where, long long value, long long sign,
                   bool samples = true);
// One evaluation, as stored now.
void add_evaluation_to_totals(soci::session& s, long long evaluation_id, long long sign);
// The evaluations a plan has just sampled: from not sampled to sampled.
void add_plan_samples_to_totals(soci::session& s, long long plan_id);

// The rows written (`written`) whose grade moved from `before` to their own: a re-scoring
// changes nothing else the totals count. One upsert per cell the batch touches.
void move_grades(soci::session& s, const std::vector<Evaluation>& rows,
                 const std::vector<std::string>& before, const std::vector<char>& written);

// Counts the year's totals again from its evaluations: after rows were loaded in bulk.
void rebuild_totals(soci::session& s, long long year);

// The states and grades the kept totals count, each a column of its own: the workflow's states
// in its order (a test holds them to data/workflows/self_evaluation.json) and R-GR-1's grades.
inline constexpr std::array<const char*, 5> kTotalsStates{"pending", "returned", "submitted",
                                                          "consolidated", "accepted"};
inline constexpr std::array<const char*, 4> kTotalsGrades{"excellent", "good", "fair", "poor"};

// One (region, department, kind) cell: the evaluations and their money, how many in each state
// and of each grade, and those the review sampled, reviewed and found inflated (R-RV-2) with the
// money of the first two.
struct TotalsRow {
  long long region_id = 0;
  long long department_id = 0;  // 0: a department of a region below the one listed
  std::string kind;             // project | department
  long long evaluations = 0;
  Fen budget_fen = 0;
  Fen executed_fen = 0;
  std::array<long long, kTotalsStates.size()> states{};  // in kTotalsStates' order
  std::array<long long, kTotalsGrades.size()> grades{};  // in kTotalsGrades' order
  long long sampled = 0;
  Fen sampled_fen = 0;
  long long reviewed = 0;
  Fen reviewed_fen = 0;
  long long inflated = 0;
  Fen submitted_fen = 0;  // the budget of those submitted or later
  bool operator==(const TotalsRow&) const = default;
};

// The department column of a cell: the department where departments are listed (in
// `departments_of_region`, or everywhere when it is 0), else 0.
void append_department(db::Query& q, long long departments_of_region, const char* region_col,
                       const char* department_col);

// The year's cells in a scope, in key order. Departments are kept apart only in
// `departments_of_region` (0: everywhere). From the kept totals; a unit's own evaluations are
// few and counted from the rows.
std::vector<TotalsRow> totals(soci::session& s, long long year, const auth::DataScope& scope,
                              long long departments_of_region = 0);
// Counted from the evaluations and their samples.
std::vector<TotalsRow> recount(soci::session& s, long long year, const auth::DataScope& scope,
                               long long departments_of_region = 0);

}  // namespace jixiao::self_evaluation::repo
