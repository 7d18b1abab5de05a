// Shared by the files of AssessmentService: what a step records, and reading a sheet.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "assessment/model.h"
#include "assessment/rules.h"
#include "assessment/service.h"
#include "base/error.h"

namespace jixiao::assessment {

// What a step changed, for the timeline: status, and the outcome when there is one.
std::string step_json(const Assessment& a, const std::string& note = {});

// The assessment's row as the timeline's before/after of a content change.
std::string content_json(const Assessment& a, const std::vector<ItemScore>& items);

// Sent items against the sheet: the keys in sheet order (400 items[i].key otherwise), each score
// within 0…max (400 items[i].score). Returns the scored items, and the total when every item is
// scored.
struct CheckedItems {
  std::vector<ItemScore> items;
  std::optional<long long> total;
};
CheckedItems check_items(const Sheet& sheet, const std::vector<ItemInput>& in);

}  // namespace jixiao::assessment
