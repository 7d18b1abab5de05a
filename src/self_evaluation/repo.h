// SQL of the self-evaluation stage: rounds, evaluations and their indicators. The caller's scope
// is a parameter of every read of evaluations.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "self_evaluation/model.h"

namespace jixiao::self_evaluation::repo {

// --- Rounds ------------------------------------------------------------------------------------

long long insert_round(soci::session& s, const Round& r);
std::optional<Round> find_round(soci::session& s, long long id);
// The rounds of the regions on `region_path` (the caller's and those above it) and, with
// `below`, of every region under it; of one year or all, the latest year first.
std::vector<Round> rounds(soci::session& s, std::optional<long long> year,
                          const std::string& region_path, bool below);
// The round of the year of the region on the path or of a region above it, if any: its
// evaluations already cover the region's targets.
std::optional<Round> round_over(soci::session& s, const std::string& region_path, long long year);
void set_round_count(soci::session& s, long long id, long long evaluations);

// Creates the pending evaluation of every target of the round's year in its region tree that
// has none (approved, or being adjusted after approval; of a project the budget holds), with
// the money block prefilled and the target's indicators copied, in two statements:
// - a project's 年初预算数 is its amount before the year's first budget change by a monitoring
//   outcome (R-MO-5), else its amount; 全年预算数 its amount now (R-MO-3); 全年执行数 the last
//   figure of its spending series in the year, 0 when none;
// - a department-overall target's budget is the amount its target declares (no feed brings a
//   department's spending: the department enters it).
// Returns how many.
long long create_evaluations(soci::session& s, const Round& r, const std::string& region_path,
                             const std::string& at);
// The regions the round's evaluations lie in.
std::vector<long long> round_regions(soci::session& s, long long round_id);
// R-SE-3 on the prefilled money of the round's evaluations of one region: min(executed ÷
// budget, 1) × points, rounded half up (R-MON-3); the total starts at it.
void set_execution_scores(soci::session& s, long long round_id, long long region_id,
                          long long points);

// --- The round's re-scoring (score_job.h) -----------------------------------------------------

// Begins a job over the round (its total: the round's evaluations now, by: who, 0 for the
// system) unless one stopped part way: then true, and it goes on from its place.
bool begin_scoring(soci::session& s, long long round_id, long long by, const std::string& at);
// A batch done: its last evaluation and what it counted.
void advance_scoring(soci::session& s, long long round_id, long long after_id,
                     const RoundScoring& batch);
void finish_scoring(soci::session& s, long long round_id, const std::string& at);
// The rounds whose job stopped part way (a shutdown), to go on at the server's start.
std::vector<long long> unfinished_scorings(soci::session& s);

// --- Evaluations -------------------------------------------------------------------------------

// States a queue's actor acts in.
struct Queue {
  std::vector<std::string> states;
};

struct Filter {
  std::optional<long long> year;
  std::optional<long long> round_id;
  std::optional<std::string> status;
  std::optional<std::string> kind;
  std::optional<long long> department_id;
  std::optional<long long> unit_id;
  std::optional<long long> project_id;
  std::optional<std::string> grade;
  std::optional<std::string> words;  // in the project's code or name, or the department's name
  std::optional<Queue> queue;
  long long after_id = 0;
  int limit = 50;
  long long offset = 0;
};

std::optional<Evaluation> find(soci::session& s, long long id, const auth::DataScope& scope);
// By id, limit + 1 rows (the extra tells a next page).
std::vector<Evaluation> list(soci::session& s, const Filter& f, const auth::DataScope& scope);
long long count(soci::session& s, const Filter& f, const auth::DataScope& scope);
// The evaluations of a year in the scope whose project has one of the codes, or whose name (the
// project's, or the department's for a department-overall one) is one of the names: what an
// import's tables may name. By id.
std::vector<Evaluation> named(soci::session& s, long long year,
                              const std::vector<std::string>& codes,
                              const std::vector<std::string>& names, const auth::DataScope& scope);
// Writes every changeable column and moves the version on; false when it moved on already.
// With `scored`, the indicators' computed scores too (kept together on the evaluation:
// indicator_scores.h); without, they stay as they were.
bool update(soci::session& s, const Evaluation& e, long long expected_version,
            const std::vector<IndicatorResult>* scored = nullptr);

std::vector<IndicatorResult> indicators(soci::session& s, long long evaluation_id);
// Writes the unit's answers of each indicator (by position); their scores go with the
// evaluation's update.
void update_indicators(soci::session& s, long long evaluation_id,
                       const std::vector<IndicatorResult>& items);

// The project's latest evaluation, for its timeline.
std::optional<long long> of_project(soci::session& s, long long project_id);

}  // namespace jixiao::self_evaluation::repo
