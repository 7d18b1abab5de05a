// SQL of ex-ante assessments, their scorers and item scores, major marks and kept totals. The
// caller's scope (and, for experts and agencies, their assignments) is a parameter of every read.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "assessment/model.h"
#include "auth/model.h"

namespace jixiao::assessment::repo {

// Who is reading: their data scope, or for experts and agencies their assignments.
struct Reader {
  auth::DataScope scope;
  long long scorer_id = 0;  // > 0: only assessments this user is assigned to score
};

// States a kind of actor acts in; `states_without_section` only where no business section is in
// charge of the department (from the workflow table, assessment/workflow.h).
struct Queue {
  std::vector<std::string> states;
  std::vector<std::string> states_without_section;
};

struct Filter {
  std::optional<long long> year;
  std::optional<std::string> status;
  std::optional<std::string> level;
  std::optional<std::string> conclusion;
  std::optional<long long> department_id;
  std::optional<long long> project_id;
  std::optional<Queue> queue;
  // A scorer's queue: only what the scorer has not submitted yet.
  bool unscored_only = false;
  long long after_id = 0;
  int limit = 50;
  long long offset = 0;
};

std::optional<Assessment> find(soci::session& s, long long id, const Reader& reader);
std::optional<long long> of_project(soci::session& s, long long project_id);
std::vector<Assessment> list(soci::session& s, const Filter& f, const Reader& reader);
long long count(soci::session& s, const Filter& f, const Reader& reader);

// Both keep assessment_totals in the same transaction.
long long insert(soci::session& s, const Assessment& a);
// Writes every changeable column and moves the version on; false when it moved on already.
bool update(soci::session& s, const Assessment& a, long long expected_version);
void add_to_totals(soci::session& s, long long id, long long sign);
// Recounts a year's assessment_totals: for bulk loads.
void rebuild_totals(soci::session& s, long long year);

// Item scores of one stage ("self", scorer 0; "key", the scorer's user id), in sheet order.
void replace_items(soci::session& s, long long assessment_id, const std::string& stage,
                   long long scorer_id, const std::vector<ItemScore>& items);
std::vector<ItemScore> items(soci::session& s, long long assessment_id, const std::string& stage,
                             long long scorer_id);

std::vector<Scorer> scorers(soci::session& s, long long assessment_id);
// Adds the assignment; false when the user is already assigned.
bool assign(soci::session& s, long long assessment_id, long long scorer_id, long long assigned_by,
            const std::string& at);
void save_scorer(soci::session& s, const Scorer& sc);

std::optional<MajorMark> major(soci::session& s, long long project_id);
void mark_major(soci::session& s, const MajorMark& m);

// Who wrote a document (created, edited, submitted, adjusted it), from its timeline in the
// audit log: users who may not score it (R-KE-3).
std::vector<long long> writers(soci::session& s, const std::string& entity, long long id,
                               const std::vector<std::string>& actions);

// A row of the kept totals, summed over the keys the statistics do not break down.
struct TotalsRow {
  std::string level;
  std::string status;
  std::string conclusion;
  std::string grade;
  long long assessments = 0;
  Fen amount_fen = 0;
  Fen kept_out_fen = 0;
};
std::vector<TotalsRow> totals(soci::session& s, long long year, const auth::DataScope& scope);
// The same counted from the assessments themselves (the store test's recount).
std::vector<TotalsRow> recount(soci::session& s, long long year, const auth::DataScope& scope);

}  // namespace jixiao::assessment::repo
