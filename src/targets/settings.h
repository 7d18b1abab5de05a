// The parameters of the target rules as a region set them for a year (rules are data).
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "library/framework.h"
#include "rules/model.h"
#include "targets/lint.h"
#include "targets/review_rules.h"

namespace jixiao::targets {

struct TargetSettings {
  const library::Framework* framework = nullptr;  // R-IND-1: for new targets
  LintParams lint;                                // R-IND-4, R-IND-5, R-LINT-1
  ReviewSheet sheet;                              // R-TR-2
  std::string sheet_source;                       // where R-TR-2's parameters came from
  GradeBands bands;                               // R-GR-1
};

TargetSettings target_settings(const rules::RuleSet& rules);

// The settings of the shipped defaults (data/rules/), for what no region decides: demo and bench
// data, benchmarks.
const TargetSettings& national_target_settings();

// R-GR-1 as it applies, for the web app to grade a sheet live: {"rule", "excellent": "90.00", …}.
boost::json::object bands_json(const GradeBands& bands);

}  // namespace jixiao::targets
