// A checkpoint's warning run (R-MO-4): every report of the checkpoint evaluated under the rules
// of the checkpoint's region for its year, in batches by id so that a province's run is a
// sequence of short transactions that can stop and resume anywhere. A batch writes only the
// reports whose colour or fired rules changed, so a run again gives the same colours and writes
// nothing.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <string>

#include "monitoring/model.h"
#include "monitoring/settings.h"

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

// A report as the rules judged it now (colour, fired, evaluated_at set; id, status, money,
// region, department and project filled), beside what it carried before.
struct Evaluated {
  const Report& report;
  const std::string& colour_before;
  const std::string& fired_before;
};

// Judges the checkpoint's reports with id > after_id, at most `limit`, in id order, handing each
// to `each`, writing nothing. Returns the last report's id, 0 when none was left.
long long evaluate_batch(soci::session& s, const Checkpoint& c, const WarningSettings& settings,
                         const std::string& today, long long after_id, int limit,
                         const std::function<void(const Evaluated&)>& each);

// Evaluates the checkpoint's reports with id > after_id, at most `limit` of them, in id order;
// the colours changed move the kept totals by one sum per key.
// `today` (ISO date) decides which missing reports are overdue.
BatchResult run_batch(soci::session& s, const Checkpoint& c, const WarningSettings& settings,
                      const std::string& today, long long after_id, int limit);

}  // namespace jixiao::monitoring
