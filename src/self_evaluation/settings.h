// The parameters of the self-evaluation rules as a region set them for a year (rules are data:
// defaults in data/rules/self_evaluation.json, R-GR-1 in data/rules/national.json, overrides per
// region and year).
#pragma once

#include <boost/json/object.hpp>

#include "rules/model.h"
#include "self_evaluation/scoring.h"

namespace jixiao::self_evaluation {

// R-SE-1, R-SE-2, R-SE-4, R-SE-5, R-SE-7 and R-GR-1 of a rule set; the rule kinds
// (self_evaluation/rule_kinds.h) have checked them.
ScoringSettings scoring_settings(const rules::RuleSet& rules);

// The shipped defaults, for what no region decides (demo and bench data).
const ScoringSettings& national_scoring_settings();

}  // namespace jixiao::self_evaluation
