// A checkpoint's warning run (R-MO-4): every report of the checkpoint evaluated under the rules
// of the checkpoint's region for its year, in batches by id so that a province's run is a
// sequence of short transactions that can stop and resume anywhere. A batch writes only the
// reports whose colour or fired rules changed, so a run again gives the same colours and writes
// nothing.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "db/database.h"
#include "monitoring/model.h"
#include "monitoring/settings.h"
#include "targets/model.h"

namespace jixiao::monitoring {

struct BatchResult {
  long long last_id = 0;  // the last report evaluated; 0 when the batch found none
  long long evaluated = 0;
  long long changed = 0;
};

// Before the batches: the money of every report still with its unit (pending or returned) read
// again from the project's current amount and its series as of the checkpoint date (R-MO-3),
// since a feed may have arrived after the checkpoint opened. Returns the reports changed.
long long refresh_money(soci::session& s, const Checkpoint& c);

// A report as the rules judged it now (colour, fired, evaluated_at set; id, money and
// department filled), beside what it carried before.
struct Evaluated {
  const Report& report;
  const std::string& colour_before;
  const std::string& fired_before;
};

// What the rules need of a batch of a checkpoint's reports, as read: the reports, their targets'
// indicators and their answers, by a few statements for the whole batch.
struct BatchRows {
  struct Row {
    long long id = 0, target_id = 0, department_id = 0, version = 0, region_id = 0;
    long long project_id = 0;  // 0 for a department's own target
    std::string status;
    Fen budget_fen = 0, executed_fen = 0;
    std::string colour, fired;
  };
  std::vector<Row> reports;                                         // in id order
  std::map<long long, std::vector<targets::Indicator>> indicators;  // by target
  std::map<long long, std::vector<IndicatorReport>> answers;        // by report
  long long last_id() const { return reports.empty() ? 0 : reports.back().id; }
};

// The checkpoint's reports with id > after_id, at most `limit`, in id order.
BatchRows read_batch(soci::session& s, const Checkpoint& c, long long after_id, int limit);

// Judges each report of the batch, handing it to `each`, writing nothing. `today` (ISO date)
// decides which missing reports are overdue.
void judge_batch(const BatchRows& batch, const Checkpoint& c, const WarningSettings& settings,
                 const std::string& today, const std::function<void(const Evaluated&)>& each);

// read_batch then judge_batch. Returns the last report's id, 0 when none was left.
long long evaluate_batch(soci::session& s, const Checkpoint& c, const WarningSettings& settings,
                         const std::string& today, long long after_id, int limit,
                         const std::function<void(const Evaluated&)>& each);

// The reports of a batch whose colour or fired rules the rules changed, to be written.
struct Changes {
  std::vector<long long> id, version;
  std::vector<std::string> colour, fired, evaluated_at;
  std::vector<std::string> before;  // the colour each had
  std::vector<Report> reports;      // as judged: the keys of the kept totals
  std::size_t size() const { return id.size(); }
};

// Judges the batch and keeps what changed.
Changes changes_of(const BatchRows& batch, const Checkpoint& c, const WarningSettings& settings,
                   const std::string& today);

// Writes the changes (COPY and one joined UPDATE on PostgreSQL) and moves the checkpoint's kept
// totals by the colours written. A report saved since it was read (a new version) is left as its
// save judged it. Returns the reports written.
long long write_changes(soci::session& s, db::Dialect dialect, long long checkpoint_id,
                        Changes& changes);

// Evaluates the checkpoint's reports with id > after_id, at most `limit` of them, in id order,
// and writes what changed (the kept totals with it), in the session's transaction.
BatchResult run_batch(soci::session& s, db::Dialect dialect, const Checkpoint& c,
                      const WarningSettings& settings, const std::string& today, long long after_id,
                      int limit);

}  // namespace jixiao::monitoring
