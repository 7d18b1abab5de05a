// Monitoring use cases: each project's spending series (imported from the budget execution
// system or entered by its unit), a region's checkpoints (R-MO-2) and opening them, and the
// report of every monitored target at a checkpoint (R-MO-1) through its workflow. Every write is
// audited; reports are read and written only in the caller's scope.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "audit/log.h"
#include "auth/model.h"
#include "base/csv_header.h"
#include "db/database.h"
#include "monitoring/early_warning.h"
#include "monitoring/model.h"
#include "monitoring/preview.h"
#include "monitoring/repo.h"
#include "monitoring/run_jobs.h"
#include "monitoring/statistics.h"
#include "projects/service.h"
#include "targets/service.h"

namespace jixiao::monitoring {

struct ImportAnswer {
  long long imported = 0;
  std::vector<ImportError> errors;  // any error means nothing was written
};

struct ReportPage {
  std::vector<Report> items;
  std::optional<long long> next_after;
  std::optional<long long> total;  // first page only
};

// A report with what its form shows: the target's indicators, the answers (the report's own,
// or the last checkpoint's while it has none), the project's spending series and what the
// caller may do now.
struct ReportView {
  Report report;
  Checkpoint checkpoint;
  std::vector<targets::Indicator> target_indicators;
  std::vector<IndicatorReport> answers;  // one per target indicator, by position
  bool prefilled = false;                // the answers are the last checkpoint's
  std::vector<Execution> series;
  std::vector<Outcome> outcomes;  // the office's decisions on it (R-MO-5)
  std::vector<std::string> actions;
  bool can_decide = false;  // the caller may decide an outcome now
};

struct ReportInput {
  std::optional<Fen> executed_fen;  // entered by hand: kept in the series as of the checkpoint
  std::string spending_reason;
  std::string spending_correction;
  std::vector<IndicatorReport> indicators;
};

struct StepInput {
  std::string action;
  std::string decision;
  std::string opinion;
};

struct CheckpointInput {
  long long year = 0;
  std::string name;
  std::string as_of;
  std::string due;
};

struct OutcomeInput {
  long long version = 0;          // the report's, as the caller saw it
  std::string kind;               // continue | adjust_budget | adjust_target | recover
  std::optional<Fen> amount_fen;  // adjust_budget: the new budget; recover: the money taken back
  std::string reason;
};

class MonitoringService {
 public:
  // Outcomes change a project's amount and reopen its target through their own services
  // (audited there).
  MonitoringService(db::Database& db, projects::ProjectService& projects,
                    targets::TargetService& targets)
      : db_(db), runs_(db), projects_(projects), targets_(targets) {}

  // --- spending (service_spending.cpp)
  std::vector<Execution> series(const auth::Principal& me, long long project_id);
  // A unit's own figure, where no feed brings one: the total spent as of the date.
  std::vector<Execution> enter_execution(const auth::Principal& me, long long project_id,
                                         const std::string& as_of, Fen executed_fen);
  // A CSV of 项目编码, 截至日期, 累计支出（万元） for projects of the caller's region: every row
  // written or none. dry_run checks without writing.
  ImportAnswer import_executions(const auth::Principal& me, long long year,
                                 const std::string& csv_text, bool dry_run);

  // --- checkpoints (service_checkpoints.cpp)
  std::vector<Checkpoint> checkpoints(const auth::Principal& me, long long year);
  Checkpoint create_checkpoint(const auth::Principal& me, const CheckpointInput& in);
  // Creates the reports of every monitored target of the region tree without one; may run
  // again to add targets approved since.
  Checkpoint open_checkpoint(const auth::Principal& me, long long id, long long version);
  // One checkpoint that covers the caller (or, for finance, lies below it), with whether its
  // warning run is under way.
  std::pair<Checkpoint, bool> checkpoint(const auth::Principal& me, long long id);
  // Starts the warning run over the checkpoint's reports in the background (the office of its
  // region); 409 while one is under way.
  std::pair<Checkpoint, bool> start_run(const auth::Principal& me, long long id);

  // Early warning (R-MO-2): the office forecasts a planned checkpoint's warnings from each
  // project's pace; everyone reads those of their scope.
  ForecastResult forecast(const auth::Principal& me, long long checkpoint_id);
  struct EarlyWarningPage {
    std::vector<EarlyWarning> items;
    std::optional<long long> next_after;  // the last project id, when there are more
    std::optional<long long> total;       // first page only
  };
  EarlyWarningPage early_warnings(const auth::Principal& me, const EarlyWarningFilter& filter);

  // --- reports (service_reports.cpp)
  ReportPage list(const auth::Principal& me, repo::Filter filter);
  ReportView get(const auth::Principal& me, long long id);
  ReportView save(const auth::Principal& me, long long id, long long version,
                  const ReportInput& in);
  ReportView step(const auth::Principal& me, long long id, long long version, const StepInput& in);
  std::vector<audit::Record> history(const auth::Principal& me, long long id);
  // --- outcomes (service_outcomes.cpp, R-MO-5)
  // The office of the report's region decides, once the report is accepted or missing after its
  // due date: continue, adjust the budget (never below what is spent), adjust the target, or
  // recover unspent money (the budget falls by it). Returns the report as it now stands.
  ReportView decide_outcome(const auth::Principal& me, long long report_id, const OutcomeInput& in);
  std::vector<Outcome> outcomes(const auth::Principal& me, repo::OutcomeFilter filter);
  std::vector<repo::OutcomeTotal> outcome_totals(const auth::Principal& me, long long year);

  // --- statistics (service_statistics.cpp)
  // A checkpoint's figures in the caller's read scope, from the kept totals; without an id the
  // year's latest opened checkpoint that covers the caller (else the latest below it). 404 for a
  // checkpoint the caller does not see.
  Statistics statistics(const auth::Principal& me, long long year,
                        std::optional<long long> checkpoint_id);

  // What proposed R-MO-4 parameters would change on the latest opened checkpoint of the
  // office's region, before the region saves them (service_preview.cpp).
  RulePreview preview_rules(const auth::Principal& me, long long year,
                            const boost::json::object& params);

  // R-MO-4 on progress sent by a form or a tool, under the caller's region's rules for the
  // year, without saving anything (the body of POST /api/v1/monitoring:evaluate).
  boost::json::object evaluate_progress(const auth::Principal& me, const boost::json::value& body);

 private:
  ReportView view(soci::session& s, const auth::Principal& me, Report r);
  // The checkpoint as the caller sees it (Checkpoint::partial).
  static void as_seen_by(soci::session& s, const auth::Principal& me, Checkpoint& c);
  db::Database& db_;
  RunJobs runs_;
  projects::ProjectService& projects_;
  targets::TargetService& targets_;
};

}  // namespace jixiao::monitoring
