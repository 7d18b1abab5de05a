// Self-evaluation use cases: a region's office opens a year's self-evaluation (one evaluation
// per approved target of its region tree), the unit fills and submits it with jixiao's scores
// kept at every save (R-SE-1…8), its department consolidates and finance accepts or returns it.
// Every write is audited; evaluations are read and written only in the caller's scope.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audit/log.h"
#include "auth/model.h"
#include "db/database.h"
#include "self_evaluation/model.h"
#include "self_evaluation/repo.h"
#include "self_evaluation/score_jobs.h"
#include "self_evaluation/scoring.h"

namespace jixiao::self_evaluation {

struct RoundInput {
  long long year = 0;  // the budget year evaluated
  std::string due;     // ISO date, after the year's end
};

struct EvaluationPage {
  std::vector<Evaluation> items;
  std::optional<long long> next_after;
  std::optional<long long> total;  // first page only
};

// One evaluation with its indicators, what the caller may do now and the region's parameters
// the form shows (the qualitative bands, R-SE-5).
struct EvaluationView {
  Evaluation evaluation;
  std::vector<std::string> actions;
  ScoringSettings settings;
  bool executed_editable = false;  // the 全年执行数 is typed (no spending feed brings it)
};

// The unit's answer for one indicator, by its position in the target.
struct IndicatorAnswer {
  long long position = 0;
  std::string actual_value;
  bool not_applicable = false;
  std::string deviation_reason;
  std::string improvement;
  std::optional<long long> self_score;  // hundredths
  std::string self_score_reason;
};

// A field left out keeps what is saved.
struct EvaluationInput {
  std::optional<std::string> goal_achieved;
  std::optional<std::string> problems;
  std::optional<std::string> improvements;
  // A department-overall evaluation's 全年执行数: no feed brings a department's spending. A
  // project's comes from its spending series (POST /api/v1/projects/{id}/executions).
  std::optional<Fen> executed_fen;
  // When sent, replaces every answer: a position not sent is blank.
  std::optional<std::vector<IndicatorAnswer>> indicators;
};

// One filled 项目支出绩效自评表 as the import reads it (web/src/utils/self_evaluation/
// selfEvaluationImport.ts), every value as typed; what jixiao computes itself (分值, 总分, the
// grade) and the target's own words are not taken from it.
struct ImportIndicator {
  std::string category, subcategory, name;  // level 1, 2 and 3 as written
  std::string actual_value;  // 实际完成值: "不适用", a band's words or the value
  std::string score;         // 得分: the unit's own score
  std::string reason;        // 偏差原因分析及改进措施
};

struct ImportTable {
  std::string sheet;  // where it came from, for messages
  std::string code;   // the project's code, when the table gives it
  std::string project_name, department, unit_name;
  std::string initial_wan, budget_wan, executed_wan;  // 万元 as typed, "" when left blank
  std::string goal_achieved;
  std::optional<std::string> problems, improvements;
  std::optional<long long> version;  // the version the caller saw, when it sends one
  std::vector<ImportIndicator> indicators;
};

struct StepInput {
  std::string action;
  std::string decision;
  std::string opinion;
};

class EvaluationService {
 public:
  explicit EvaluationService(db::Database& db) : db_(db), jobs_(db) {}

  // --- rounds (service.cpp)
  std::vector<Round> rounds(const auth::Principal& me, std::optional<long long> year);
  // The office opens its region's year (once: again, or under a region above that opened it, is
  // a 409 on year), creating the evaluations of its region tree in bulk.
  Round open_round(const auth::Principal& me, const RoundInput& in);

  // --- the round's re-scoring (service_scoring.cpp)
  // A round the caller sees (as rounds() lists them), and whether its re-scoring runs now.
  std::pair<Round, bool> round(const auth::Principal& me, long long id);
  // The round's own office scores every evaluation of the round again under the rules as they
  // now stand, in the background (score_job.h): 403 for another office that sees the round, 409
  // while it runs.
  std::pair<Round, bool> start_scoring(const auth::Principal& me, long long id);
  // At the server's start: the jobs a shutdown stopped go on, as their starters.
  void resume_scoring();
  bool scoring(long long round_id) const { return jobs_.running(round_id); }

  // --- evaluations (service.cpp)
  EvaluationPage list(const auth::Principal& me, repo::Filter filter);
  EvaluationView get(const auth::Principal& me, long long id);
  std::vector<audit::Record> history(const auth::Principal& me, long long id);

  // --- the form and the workflow (service_form.cpp)
  // The unit saves its answers; jixiao scores them at once and keeps the scores. Bad input names
  // its field (indicators[i] is the i-th sent) and changes nothing; a stale version is a 409.
  EvaluationView save(const auth::Principal& me, long long id, long long version,
                      const EvaluationInput& in);
  // submit (everything answered, R-SE-7's reasons given), consolidate (the department: pass or
  // return) and decide (the office: accept or return), as the workflow's table allows.
  EvaluationView step(const auth::Principal& me, long long id, long long version,
                      const StepInput& in);
  // The department passes many submitted evaluations at once: all or none. versions, when sent,
  // are the versions the caller saw, one per id.
  std::vector<Evaluation> consolidate(const auth::Principal& me, const std::vector<long long>& ids,
                                      const std::vector<long long>& versions);

  // --- the import (service_import.cpp)
  // Filled tables of a year, each the caller's evaluation of the project (or department) it
  // names, saved as the form saves them, all in one transaction: every problem found is
  // listed (400 import_invalid with errors [{field, message}], fields as tables[i]...) and
  // nothing is written; otherwise the evaluations as saved, in the order of the tables.
  std::vector<Evaluation> import_tables(const auth::Principal& me, long long year,
                                        const std::vector<ImportTable>& tables);

  // For the project's timeline and references (registered in cli/app.cpp).
  static std::vector<audit::Record> project_history(soci::session& s, long long project_id);
  static long long project_references(soci::session& s, long long project_id);

 private:
  EvaluationView view(soci::session& s, const auth::Principal& me, Evaluation e);

  // The form's save of one evaluation inside the caller's transaction (the PUT, and every table
  // of an import): the caller must be able to edit it now, version (when given) must be its
  // own; the answers are checked and scored, written and audited when anything changed.
  // Errors name the fields as the PUT does ("indicators[i]" the i-th sent).
  struct ApplyOptions {
    // A sent own score that equals jixiao's is not kept as the unit's own (a table shows
    // jixiao's score where the unit gave none).
    bool own_scores_where_they_differ = false;
  };
  struct Applied {
    Evaluation evaluation;  // as saved (its version moved on when changed)
    bool changed = false;
  };
  Applied apply_form(soci::session& s, const auth::Principal& me, Evaluation e,
                     std::optional<long long> version, const EvaluationInput& in,
                     const ApplyOptions& options);
  // A project's money as it stands: the budget as adjusted (R-MO-3) and the last figure of its
  // spending series in the year; a department's as saved.
  static void refresh_money(soci::session& s, Evaluation& e);

  db::Database& db_;
  ScoreJobs jobs_;  // last: its threads end before the rest goes
};

}  // namespace jixiao::self_evaluation
