// The parameters of the self-evaluation rules as a region set them for a year (rules are data:
// defaults in data/rules/self_evaluation.json, R-GR-1 in data/rules/national.json, overrides per
// region and year).
#pragma once

#include <boost/json/object.hpp>

#include "rules/model.h"
#include "self_evaluation/sampling.h"
#include "self_evaluation/scoring.h"
#include "self_evaluation/signals.h"

namespace jixiao::self_evaluation {

// R-SE-1, R-SE-2, R-SE-4, R-SE-5, R-SE-7 and R-GR-1 of a rule set; the rule kinds
// (self_evaluation/rule_kinds.h) have checked them.
ScoringSettings scoring_settings(const rules::RuleSet& rules);

// The shipped defaults, for what no region decides (demo and bench data).
const ScoringSettings& national_scoring_settings();

// R-RV-1 and R-RV-2 as a region set them for a year: the sampling plan's defaults (no seed, no
// key projects or departments chosen yet), the signals and their weights, the inflation
// threshold and the days a unit has to answer the rectification notice (R-RA-1).
struct ReviewSettings {
  SamplingParams sampling;
  bool key_projects = true;  // projects finance marked major (重大项目) are key projects
  SignalParams signals;
  long long inflated_points = 1000;  // hundredths
  long long answer_days = 30;
};

// A parameter a region's override lacks (set before the parameter was shipped) is the shipped
// default.
ReviewSettings review_settings(const rules::RuleSet& rules);

}  // namespace jixiao::self_evaluation
