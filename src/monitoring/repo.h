// SQL of the monitoring stage: spending series, checkpoints, reports and their indicators. The
// caller's scope is a parameter of every read of reports.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "monitoring/model.h"
#include "monitoring/repo_totals.h"

namespace jixiao::monitoring::repo {

// --- Spending series ---------------------------------------------------------------------------

// Inserts the amount, or replaces the one of the same project and date.
void put_execution(soci::session& s, const Execution& e);
// The project's series in date order.
std::vector<Execution> series(soci::session& s, long long project_id);
// The latest amount on or before the date; 0 when none.
Fen executed_as_of(soci::session& s, long long project_id, const std::string& as_of);

// The project's current amount: its budget as adjusted (R-MO-3).
Fen project_amount(soci::session& s, long long project_id);

// A project of the region's year by its code, for the import: id, unit and current amount.
struct ProjectRef {
  long long id = 0;
  long long unit_id = 0;
  Fen amount_fen = 0;
  std::string status;
};
std::optional<ProjectRef> project_by_code(soci::session& s, long long region_id, long long year,
                                          const std::string& code);

// --- Checkpoints -------------------------------------------------------------------------------

long long insert_checkpoint(soci::session& s, const Checkpoint& c);
std::optional<Checkpoint> find_checkpoint(soci::session& s, long long id);
// The year's checkpoints of the regions on `region_path` (the caller's and those above it) and,
// with `below`, of every region under it, by date.
std::vector<Checkpoint> checkpoints(soci::session& s, long long year,
                                    const std::string& region_path, bool below);
// Whether the region, a region above it or one below it already has a checkpoint as of the
// date: their reports would cover the same targets twice.
bool checkpoint_overlaps(soci::session& s, const std::string& region_path, long long year,
                         const std::string& as_of);
// Writes status, name, dates, counts and the opening; false when the version moved on.
bool update_checkpoint(soci::session& s, const Checkpoint& c, long long expected_version);
// The warning run's place (monitoring/run_job.h). begin_run starts afresh unless a run was
// stopped part way, which goes on: returns true then.
bool begin_run(soci::session& s, long long id, const std::string& at);
void advance_run(soci::session& s, long long id, long long after_id, long long evaluated,
                 long long changed);
void finish_run(soci::session& s, long long id, const std::string& at);
// Creates the pending report of every monitored target of the checkpoint's region tree that has
// none yet (an approved target, or one being adjusted, of a project the budget holds: approved,
// executing or completed): money from
// the project's current amount and its series as of the checkpoint date, and kept in the
// totals (repo_totals.h). Returns how many.
long long create_reports(soci::session& s, const Checkpoint& c, const std::string& region_path,
                         const std::string& at);

// --- Reports -----------------------------------------------------------------------------------

// States a kind of actor acts in; `states_without_section` only where no business section is in
// charge of the department.
struct Queue {
  std::vector<std::string> states;
  std::vector<std::string> states_without_section;
};

struct Filter {
  std::optional<long long> checkpoint_id;
  std::optional<long long> year;
  std::optional<std::string> status;
  std::optional<std::string> colour;
  std::optional<long long> department_id;
  std::optional<long long> project_id;
  std::optional<long long> target_id;
  std::optional<Queue> queue;
  long long after_id = 0;
  int limit = 50;
  long long offset = 0;
};

std::optional<Report> find(soci::session& s, long long id, const auth::DataScope& scope);
std::vector<Report> list(soci::session& s, const Filter& f, const auth::DataScope& scope);
long long count(soci::session& s, const Filter& f, const auth::DataScope& scope);
// Writes every changeable column and moves the version on, keeping the totals; false when it
// moved on already.
bool update(soci::session& s, const Report& r, long long expected_version);

std::vector<IndicatorReport> indicators(soci::session& s, long long report_id);
void replace_indicators(soci::session& s, long long report_id,
                        const std::vector<IndicatorReport>& items);
// The same target's report at the latest earlier checkpoint (by date), 0 for none: what a new
// report's form starts from.
long long previous_report(soci::session& s, long long target_id, const std::string& as_of);

// --- Outcomes (R-MO-5) ---------------------------------------------------------------------

long long insert_outcome(soci::session& s, const Outcome& o);
struct OutcomeFilter {
  std::optional<long long> year;
  std::optional<long long> checkpoint_id;
  std::optional<long long> report_id;
  std::optional<std::string> kind;
  long long after_id = 0;
  int limit = 50;
};
std::vector<Outcome> outcomes(soci::session& s, const OutcomeFilter& f,
                              const auth::DataScope& scope);

// Money recovered and budgets adjusted in a year, within a scope, by region and department.
struct OutcomeTotal {
  long long region_id = 0;
  std::string region_name;
  long long department_id = 0;
  std::string department_name;
  long long outcomes = 0;
  long long recoveries = 0;
  Fen recovered_fen = 0;
  Fen adjusted_fen = 0;  // the net change of budgets adjusted (negative: cut)
};
std::vector<OutcomeTotal> outcome_totals(soci::session& s, long long year,
                                         const auth::DataScope& scope);

}  // namespace jixiao::monitoring::repo
