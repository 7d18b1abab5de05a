// Dual monitoring (绩效运行监控, GLOSSARY: monitoring): during the year finance watches, for
// every approved target, how much of its money is spent against how much of the year has passed
// and how far each indicator has come (R-MO-1, R-MO-3), at checkpoints a region sets (R-MO-2).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/money.h"
#include "targets/model.h"

namespace jixiao::monitoring {

// A project's spending as of a date: the total spent since the start of the year (R-MO-3).
struct Execution {
  long long project_id = 0;
  std::string as_of;  // ISO date
  Fen executed_fen = 0;
  std::string source;  // import | manual
  long long entered_by = 0;
  std::string entered_by_name;
  std::string entered_at;
};

struct Checkpoint {
  long long id = 0;
  long long region_id = 0;
  std::string region_name;
  std::string region_path;  // "/1/4/": the regions above it and its own
  long long year = 0;
  std::string name;       // "5月末监控"
  std::string as_of;      // ISO date the data is as of
  std::string due;        // ISO date the reports are due
  std::string status;     // planned | open | closed
  long long reports = 0;  // as the caller sees them: its share when `partial`
  // The caller's scope holds part of its reports (a unit, a department, a section, the office of
  // a region below): `reports` counts the caller's, and the warning run's counts over the
  // whole checkpoint are not shown.
  bool partial = false;
  long long created_by = 0;
  std::string created_at;
  long long opened_by = 0;
  std::string opened_at;
  // The warning run over its reports (monitoring/run_job.h).
  long long run_after_id = 0;  // the last report evaluated by the run under way or last run
  long long run_evaluated = 0;
  long long run_changed = 0;
  std::string run_started_at;
  std::string run_finished_at;  // empty while a run is under way or stopped part way
  long long version = 1;
};

std::string_view checkpoint_status_label(std::string_view status);

// What the unit reports for one indicator of the target (R-MO-1), by its position there.
struct IndicatorReport {
  long long position = 0;
  std::string value_so_far;
  std::string projected_value;  // expected by the end of the year
  std::string likelihood;       // certain | possible | impossible | "" (not yet said)
  std::string reason;           // deviation_reason vocabulary, "" when on track
  std::string correction;
};

struct Report {
  long long id = 0;
  long long checkpoint_id = 0;
  long long target_id = 0;
  long long project_id = 0;  // 0 for a department-overall target
  long long region_id = 0;
  long long department_id = 0;
  long long unit_id = 0;
  long long year = 0;
  std::string status;
  Fen budget_fen = 0;    // the current budget at the checkpoint (R-MO-3)
  Fen executed_fen = 0;  // spent by the checkpoint date
  std::string spending_reason;
  std::string spending_correction;
  std::string colour = "none";  // none | blue | red (R-MO-4)
  std::string fired = "[]";     // the rules that fired, as JSON
  std::string evaluated_at;
  std::string opinion;  // the last return's or decision's words
  long long version = 1;
  std::string submitted_at;
  std::string decided_at;
  std::string created_at;
  std::string updated_at;
  // Joined for display.
  std::string target_kind;        // project | department
  std::string framework_version;  // the target's indicator framework (R-IND-1)
  std::string code;               // the project's code, "" for a department-overall target
  std::string name;               // the project's name, or the department's
  std::string unit_name;
  std::string department_name;
  std::string checkpoint_name;
  std::string as_of;
  std::string due;
};

// What the office decided on a report (R-MO-5).
struct Outcome {
  long long id = 0;
  long long report_id = 0;
  long long checkpoint_id = 0;
  long long project_id = 0;  // 0 for a department-overall target
  long long region_id = 0;
  long long department_id = 0;
  long long unit_id = 0;
  long long year = 0;
  std::string kind;       // continue | adjust_budget | adjust_target | recover
  Fen before_fen = 0;     // the budget before the decision
  Fen after_fen = 0;      // and after it
  Fen recovered_fen = 0;  // taken back to the treasury (recover)
  std::string reason;
  long long decided_by = 0;
  std::string decided_by_name;
  std::string decided_at;
  // Joined for display.
  std::string code;
  std::string name;
  std::string unit_name;
  std::string checkpoint_name;
};

// R-MO-4: a report still with its unit (pending or returned) after its due date is missing.
bool is_missing(std::string_view status, const std::string& due, const std::string& today);

bool is_outcome_kind(std::string_view s);
std::string_view outcome_label(std::string_view kind);

// The statuses are the states of the report workflow (monitoring/workflow.h).
std::string_view report_status_label(std::string_view status);
bool is_report_status(std::string_view s);
bool is_colour(std::string_view s);

}  // namespace jixiao::monitoring
