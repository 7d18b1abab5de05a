// The self-evaluation statistics (自评统计) of a year, summed from the kept totals
// (repo_totals.h): coverage of the year's projects and money by evaluations (R-MON-2), the
// evaluations of projects and of departments, sent in and accepted, the grades (R-GR-1, R-SE-8),
// the review's sample, reviews and inflated self scores (R-RV-1, R-RV-2) and the rectification of
// its findings (R-RA-1), in all, by the regions one level down, by department and by region
// level. Pure sums and rates here; the service reads the cells.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/money.h"
#include "org/model.h"
#include "rectify/rules.h"
#include "self_evaluation/repo_totals.h"

namespace jixiao::self_evaluation {

// The projects the budget holds in the year (approved, executing or completed) in one
// (region, department) cell: what coverage is measured against.
struct ProjectCell {
  long long region_id = 0;
  long long department_id = 0;  // 0: a department of a region below the one listed
  long long projects = 0;
  Fen amount_fen = 0;
};

// `count` findings the review handed to the ledger in one cell, of one status and due date.
struct FindingCell {
  long long region_id = 0;
  long long department_id = 0;
  std::string status;  // open | answered | closed
  std::string due;     // ISO date
  long long count = 0;
};

// The figures of a set of evaluations.
struct Figures {
  long long evaluations = 0;
  long long projects = 0;     // evaluations of projects
  long long departments = 0;  // department-overall evaluations
  Fen budget_fen = 0;         // 全年预算数
  Fen executed_fen = 0;       // 全年执行数
  Fen project_fen = 0;        // the budget of the evaluations of projects
  // In each state of the workflow (repo::kTotalsStates' order); sent in: no longer their
  // units' to change (submitted, consolidated or accepted); accepted by the office.
  std::array<long long, repo::kTotalsStates.size()> states{};
  long long submitted = 0;
  long long accepted = 0;
  // By grade (R-GR-1; the reviewed score's where reviewed, R-SE-8); not graded until every
  // applicable indicator is answered.
  long long excellent = 0, good = 0, fair = 0, poor = 0, ungraded = 0;
  // The review (R-RV-1, R-RV-2): sampled, reviewed (completed) and inflated, with the money.
  long long sampled = 0;
  Fen sampled_fen = 0;
  long long reviewed = 0;
  Fen reviewed_fen = 0;
  long long inflated = 0;
  // Coverage's base: the projects the budget holds in the year.
  long long budget_projects = 0;
  Fen budget_projects_fen = 0;
  // The review's findings in the ledger; R-RA-1's counts on the day counted.
  long long findings = 0;
  rectify::RateCounts rectification;

  long long graded() const { return excellent + good + fair + poor; }
  void add(const repo::TotalsRow& r);
  void add(const ProjectCell& c);
  void add(const FindingCell& c, std::string_view today);
  void add(const Figures& f);
};

// The rates of a set (R-MON-2: two decimals, "—" when nothing is there to divide by).
struct Rates {
  std::string project_coverage;  // projects evaluated ÷ projects the budget holds
  std::string amount_coverage;   // their budget ÷ the budget's projects' money
  std::string execution_rate;    // 全年执行数 ÷ 全年预算数
  std::string submission_rate;   // sent in ÷ evaluations
  std::string acceptance_rate;   // accepted ÷ evaluations
  std::string excellent_share;   // each grade ÷ those graded
  std::string good_share;
  std::string fair_share;
  std::string poor_share;
  std::string review_progress;     // reviewed ÷ sampled
  std::string reviewed_share;      // reviewed ÷ evaluations
  std::string reviewed_amount;     // the money reviewed ÷ the money evaluated
  std::string inflated_share;      // inflated ÷ reviewed (R-RV-2)
  std::string rectification_rate;  // closed ÷ due (R-RA-1)
};
Rates rates_of(const Figures& f);

struct NamedFigures {
  std::string key;  // region or department id, region level, status
  std::string label;
  long long id = 0;         // the region's or department's
  long long region_id = 0;  // a department's region
  std::string region_name;
  Figures figures;
};

// Where each cell belongs: the region looked at (its own departments are listed; the other
// regions of its tree are summed into the one a level down that holds them), or none for a
// reader without a region tree (its departments are listed).
struct Placement {
  std::string by = "region";  // region | department (every department of the tree listed)
  long long looked_at = 0;
  std::vector<std::pair<long long, std::string>> children;  // the regions a level down, in order
  std::map<long long, long long> row_of;          // a region under the one looked at → its child
  std::map<long long, std::string> levels;        // region → province | prefecture | county
  std::map<long long, std::string> region_names;  // region → name
  std::map<long long, std::string> department_names;
};

struct Cells {
  std::vector<repo::TotalsRow> totals;
  std::vector<ProjectCell> projects;
  std::vector<FindingCell> findings;
};

struct Statistics {
  long long year = 0;
  std::string today;
  std::string by = "region";
  // For a region-tree reader: the region looked at, and the way down to it from its own.
  std::optional<org::Region> region;
  std::vector<org::Region> trail;
  Figures total;
  std::optional<Figures> own_level;         // the looked-at region's own departments (本级)
  std::vector<NamedFigures> by_region;      // every region a level down, even empty, in order
  std::vector<NamedFigures> by_department;  // by region, then department (ids); then a page
  long long departments_total = 0;          // by_department's rows before paging
  std::vector<NamedFigures> by_level;       // province, prefecture, county: those present
  std::vector<NamedFigures> by_status;      // every state, in workflow order (evaluations)
};

// Sums the cells into st's figures as the placement says.
void sum_cells(Statistics& st, const Cells& cells, const Placement& p);

}  // namespace jixiao::self_evaluation
