// What the performance office reports of a year's targets: counts by status, and the coverage of
// projects and money by approved targets (R-MON-2 rates), by fund type, by the regions one level
// down (each with its whole subtree) and by the departments of the region's own level (本级).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/money.h"
#include "org/model.h"

namespace jixiao::targets {

// The projects of one row and how far approved targets cover them.
struct Coverage {
  std::string key;  // region or department id, or fund type
  std::string label;
  long long projects = 0;  // live projects (not cancelled)
  Fen amount_fen = 0;
  long long with_target = 0;  // of those, with a project target
  long long approved = 0;     // with an approved (or adjusting, R-MON-2) target
  Fen approved_fen = 0;
  long long failing = 0;  // scored under the pass mark: not funded (R-TR-2)

  void add(const Coverage& x) {
    projects += x.projects;
    amount_fen += x.amount_fen;
    with_target += x.with_target;
    approved += x.approved;
    approved_fen += x.approved_fen;
    failing += x.failing;
  }
};

struct TargetStatistics {
  long long year = 0;
  Coverage total;
  // Targets of every kind by status: every state of the workflow, in its order.
  std::vector<std::pair<std::string, long long>> by_status;
  long long submitted = 0;  // every target past its draft
  // The first-pass rate: targets decided (approved, adjusting after approval, or failed) and,
  // of those, approved without a return before (first_pass ÷ decided, R-MON-2).
  long long decided = 0;
  long long first_pass = 0;
  // For a region-tree reader: the region looked at, and the way down to it from the caller's own.
  std::optional<org::Region> region;
  std::vector<org::Region> trail;
  std::vector<Coverage> by_region;      // every region one level down, by code, even empty
  std::vector<Coverage> by_department;  // the looked-at level's departments, most money first
  std::vector<Coverage> by_fund_type;   // in the order of the four budgets
};

}  // namespace jixiao::targets
