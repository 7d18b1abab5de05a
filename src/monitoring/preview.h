// Before a region saves new warning thresholds (R-MO-4), what they would do: every report of a
// checkpoint judged again under the proposed parameters beside its colour now, counted by
// department with the money of the reports that would change colour.
#pragma once

#include <string>
#include <vector>

#include "base/money.h"
#include "monitoring/model.h"

namespace jixiao::monitoring {

struct ColourCounts {
  long long none = 0;
  long long blue = 0;
  long long red = 0;
  void add(const std::string& colour) {
    (colour == "red" ? red : colour == "blue" ? blue : none)++;
  }
};

struct PreviewRow {
  long long department_id = 0;
  std::string department_name;
  long long reports = 0;
  long long changed = 0;  // reports whose colour would differ
  Fen changed_budget_fen = 0;
  ColourCounts now;
  ColourCounts proposed;
};

struct RulePreview {
  Checkpoint checkpoint;
  PreviewRow total;
  std::vector<PreviewRow> by_department;  // departments with a change first, then by name
};

}  // namespace jixiao::monitoring
