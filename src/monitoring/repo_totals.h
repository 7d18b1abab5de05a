// The kept totals of the monitoring reports (monitoring_totals, migration 0016): counts and
// money of each checkpoint's reports by region, department, status, colour and whether the
// report is of a project. Every write of a report keeps them in its transaction; a bulk load
// counts a checkpoint's again with rebuild_totals.
#pragma once

#include <soci/soci.h>

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "auth/model.h"
#include "base/money.h"

namespace jixiao::monitoring::repo {

// Adds (sign 1) or takes away (sign -1) the checkpoint's reports that meet `where`, a condition
// over monitoring_reports r written by this module (no input in it), as they are stored now.
void add_to_totals(soci::session& s, long long checkpoint_id, const std::string& where,
                   long long sign);
// One report, as stored now.
void add_report_to_totals(soci::session& s, long long report_id, long long sign);

// A key of the kept totals within a checkpoint and what it changes by.
struct TotalsKey {
  long long region_id = 0;
  long long department_id = 0;
  std::string status;
  std::string colour;
  long long with_project = 0;
  auto operator<=>(const TotalsKey&) const = default;
};
struct TotalsDelta {
  long long reports = 0;
  Fen budget_fen = 0;
  Fen executed_fen = 0;
};
// One upsert per key (a batch of the warning run sums its changes first).
void add_deltas(soci::session& s, long long checkpoint_id,
                const std::map<TotalsKey, TotalsDelta>& deltas);

// Counts the checkpoint's totals again from its reports: after rows were loaded in bulk.
void rebuild_totals(soci::session& s, long long checkpoint_id);
// Every checkpoint of the year.
void rebuild_year_totals(soci::session& s, long long year);

// A checkpoint's reports in a scope, summed by region level, department, status, colour and
// whether of a project (rows of no report left out).
struct TotalsRow {
  std::string region_level;  // province | prefecture | county
  long long department_id = 0;
  std::string department_name;
  std::string status;
  std::string colour;
  long long with_project = 0;
  long long reports = 0;
  Fen budget_fen = 0;
  Fen executed_fen = 0;
  bool operator==(const TotalsRow&) const = default;
};
// From the kept totals (a unit's own reports are few: counted from the reports).
std::vector<TotalsRow> totals(soci::session& s, long long checkpoint_id,
                              const auth::DataScope& scope);
// Counted from the reports.
std::vector<TotalsRow> recount(soci::session& s, long long checkpoint_id,
                               const auth::DataScope& scope);

}  // namespace jixiao::monitoring::repo
