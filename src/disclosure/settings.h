// The disclosure rules as a region set them for a year (data/rules/disclosure.json, R-DI-2).
#pragma once

#include <boost/json/object.hpp>

#include "disclosure/rules.h"
#include "rules/kinds.h"
#include "rules/model.h"

namespace jixiao::disclosure {

DueSettings due_settings(const rules::RuleSet& rules);
// R-DI-2's parameters, checked by its kind (register_rule_kinds).
DueSettings due_settings_of(const boost::json::object& params);
// R-DI-2: each number of days a whole number 0–365, the final accounts' day a day of every year.
void register_rule_kinds(rules::RuleKinds& kinds);

}  // namespace jixiao::disclosure
