// R-AP-1's parameters as the scorecard reads them: each item's weight (hundredths of a point,
// adding up to 100 points) and what an item that does not apply does to the others.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "appraisal/scorecard.h"
#include "rules/model.h"

namespace jixiao::appraisal {

struct Settings {
  std::vector<ItemWeight> weights;  // in the rule's order
  NotApplicable not_applicable = NotApplicable::rescale;
};

Settings appraisal_settings(const rules::RuleSet& rules);

// The weights of a table as sent ({"target_count": 10, ...}), checked: every item a number from
// 0 to 100 with two decimals at most, adding up to 100. Throws invalid(field, 中文) naming field.
std::vector<ItemWeight> checked_weights(const boost::json::object& weights,
                                        const std::string& field);
// R-AP-1's sheet as the rules keep it ([{"key", "label", "max"}], the rules page's table of a
// sheet), checked alike: every item known and once, adding up to 100.
std::vector<ItemWeight> checked_sheet(const boost::json::array& sheet, const std::string& field);
// The sheet of these weights, each item under its label.
boost::json::array sheet_of(const std::vector<ItemWeight>& weights);

}  // namespace jixiao::appraisal
