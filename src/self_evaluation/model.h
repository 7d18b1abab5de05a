// Self-evaluation (绩效自评, GLOSSARY: self-evaluation): after the year ends every unit scores
// each project it ran, and each department its overall target, against the approved target's
// indicators (R-SE-1…8). The office opens a year's self-evaluation; each approved target gets
// one evaluation, which goes unit → department (consolidation) → finance.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/money.h"

namespace jixiao::self_evaluation {

// The re-scoring of a round's evaluations under the rules as they now stand (score_job.h): where
// it stands and who started it.
struct RoundScoring {
  long long after_id = 0;    // the last evaluation scored: a stopped job goes on after it
  long long done = 0;        // evaluations read so far, of total
  long long total = 0;       // the round's evaluations when the job began
  long long changed = 0;     // whose kept scores changed
  long long unanswered = 0;  // left as they were: an applicable indicator without its value
  long long refused = 0;     // left as they were: the rules now refuse an answer (a self score
                             // above its new weight), to be corrected at the next save
  std::string started_at;    // empty: never started
  std::string finished_at;   // empty while under way
  long long by = 0;          // who started it, 0 for the system (command line)
  std::string by_name;
};

// A region's opening of a year's self-evaluation (the evaluated budget year, e.g. 2025,
// evaluated in 2026): due date and how many evaluations it created.
struct Round {
  long long id = 0;
  long long region_id = 0;
  std::string region_name;
  long long year = 0;  // the budget year evaluated
  std::string due;     // ISO date the units' evaluations are due
  long long evaluations = 0;
  long long opened_by = 0;
  std::string opened_at;
  long long version = 1;
  RoundScoring scoring;
};

// One indicator of the evaluation: the target's indicator as approved (copied when the
// evaluation is created, so a later change of the target does not move a closed evaluation),
// what the unit reports, and the scores.
struct IndicatorResult {
  long long position = 0;  // in the target
  // The target's indicator (targets::Indicator's fields).
  std::string category, subcategory, name, comparator, value, unit, direction;
  long long weight = 0;  // hundredths, as the target gives it
  // The unit's report.
  std::string actual_value;      // as typed; a band code for a qualitative indicator (R-SE-5)
  bool not_applicable = false;   // R-SE-6
  std::string deviation_reason;  // required when not met or exceeded (R-SE-7)
  std::string improvement;       // 改进措施, required with the reason
  std::optional<long long> self_score;  // the unit's own score, hundredths (R-SE-8)
  std::string self_score_reason;
  // jixiao's score (scoring.h), kept at every save.
  long long computed_weight = 0;
  long long computed_score = 0;
  std::string rule;
  std::string detail;
  bool needs_reason = false;
  // The review's score (R-RV), when the evaluation was reviewed.
  std::optional<long long> review_score;
  std::string review_note;
};

struct Evaluation {
  long long id = 0;
  long long round_id = 0;
  long long target_id = 0;
  long long project_id = 0;  // 0 for a department-overall target
  long long region_id = 0;
  long long department_id = 0;
  long long unit_id = 0;
  long long year = 0;
  std::string kind;    // project | department (the target's kind)
  std::string status;  // the self_evaluation workflow's state
  // The money block of the national table (万元 on paper, fen here): 年初预算数, 全年预算数
  // (as adjusted), 全年执行数; prefilled from the project and its spending series.
  Fen initial_fen = 0;
  Fen budget_fen = 0;
  Fen executed_fen = 0;
  std::string goal_achieved;  // 年度总体目标：实际完成情况
  std::string problems;       // 存在的问题
  std::string improvements;   // 改进措施
  // Scores in hundredths (scoring.h): jixiao's, the unit's own when it gave every indicator's
  // (R-SE-8), the review's when reviewed; grade from the review, else the computed (R-SE-8).
  long long execution_weight = 0;  // R-SE-3's points after R-SE-6's rescaling
  long long execution_score = 0;
  std::string execution_detail;  // 中文: the rate and the money that gave it
  long long computed_total = 0;
  std::optional<long long> self_total;
  std::optional<long long> review_total;
  std::string grade;
  std::string opinion;  // the last return's words
  long long version = 1;
  std::string submitted_at;
  std::string decided_at;
  std::string created_at;
  std::string updated_at;
  std::vector<IndicatorResult> indicators;  // loaded for one evaluation, not for lists
  // Joined for display.
  std::string code;          // the project's code, "" for a department
  std::string name;          // the project's name, or the department's
  std::string overall_goal;  // the target's 年度总体目标：预期目标
  std::string unit_name;
  std::string department_name;
  std::string framework_version;  // the target's indicator framework (R-IND-1)
  std::string due;                // the round's due date
};

// A score in hundredths as people read it: 1250 → "12.50".
inline std::string score_text(long long hundredths) {
  const long long a = hundredths < 0 ? -hundredths : hundredths;
  const long long cents = a % 100;
  return std::string(hundredths < 0 ? "-" : "") + std::to_string(a / 100) + "." +
         (cents < 10 ? "0" : "") + std::to_string(cents);
}

}  // namespace jixiao::self_evaluation
