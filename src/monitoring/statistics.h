// The monitoring statistics (监控统计) of a checkpoint, summed from the kept totals
// (repo_totals.h): coverage of the year's projects (R-MON-2), reports by status (R-MO-1),
// warnings by colour with their money (R-MO-4), by department and region level, the warning
// notices answered on time (R-MO-2, R-RA-1) and the money recovered (R-MO-5). Pure sums here;
// the service reads the rows.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/money.h"
#include "monitoring/model.h"
#include "monitoring/repo_totals.h"

namespace jixiao::monitoring {

// Reports and their money, with how many the units have sent in and how many are warned.
struct Figures {
  long long reports = 0;
  long long submitted = 0;  // sent in by the unit: submitted, checked or accepted
  Fen budget_fen = 0;
  Fen executed_fen = 0;
  long long blue = 0;
  long long red = 0;
  Fen blue_fen = 0;  // the budget of the blue reports
  Fen red_fen = 0;
  void add(const repo::TotalsRow& r);
};

// A warning notice's finding as the statistics count it (R-MO-2 notices, answered within the
// days R-RA-1 gives): due once its due date has come or it was answered; answered on time when
// the answer came on or before the due date; overdue when still unanswered after it.
struct NoticeCounts {
  long long findings = 0;
  long long due = 0;
  long long on_time = 0;
  long long overdue = 0;
};
// `n` findings answered at `answered_at` (an ISO date or time; empty: not answered) and due on
// `due`, counted on `today`.
void count_notice(NoticeCounts& c, std::string_view answered_at, std::string_view due,
                  std::string_view today, long long n = 1);

struct NamedFigures {
  std::string key;  // status, colour, region level, or the department's id
  std::string label;
  Figures figures;
};

struct RecoveredRow {
  long long department_id = 0;
  std::string department_name;
  long long recoveries = 0;
  Fen recovered_fen = 0;
};

struct Statistics {
  long long year = 0;
  std::string today;
  std::optional<Checkpoint> checkpoint;  // none when the year has no opened checkpoint
  // Coverage (R-MON-2): the projects the budget holds in the year (approved, executing or
  // completed) within the checkpoint's region tree and the caller's scope, and those monitored.
  long long projects = 0;
  Fen projects_fen = 0;
  long long monitored_projects = 0;
  Fen monitored_fen = 0;
  Figures total;
  std::vector<NamedFigures> by_status;        // every status, in workflow order
  std::vector<NamedFigures> by_colour;        // none, blue, red
  std::vector<NamedFigures> by_department;    // by name
  std::vector<NamedFigures> by_region_level;  // province, prefecture, county: those present
  NoticeCounts notices;
  long long recoveries = 0;
  Fen recovered_fen = 0;
  std::vector<RecoveredRow> recovered_by_department;  // most money first
};

// Sums the checkpoint's rows into the statistics' figures (coverage's monitored part included).
void sum_rows(Statistics& st, const std::vector<repo::TotalsRow>& rows);

std::string_view region_level_label(std::string_view level);

}  // namespace jixiao::monitoring
