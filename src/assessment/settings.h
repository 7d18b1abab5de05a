// The parameters of the ex-ante assessment rules as a region set them for a year (rules are
// data: defaults in data/rules/assessment.json, overrides per region and year).
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "assessment/rules.h"
#include "rules/model.h"
#include "targets/review_rules.h"

namespace jixiao::assessment {

struct AssessmentSettings {
  Sheet project_sheet;  // R-EA-1
  Sheet policy_sheet;   // R-EA-1
  std::string sheet_source;
  Combination combination;    // R-EA-2
  NeedParams need;            // R-EA-3
  targets::GradeBands bands;  // R-GR-1

  const Sheet& sheet(std::string_view kind) const {
    return kind == "policy" ? policy_sheet : project_sheet;
  }
};

AssessmentSettings assessment_settings(const rules::RuleSet& rules);
const AssessmentSettings& national_assessment_settings();

// R-EA-1's parameter for one kind ("project" or "policy") as a sheet.
Sheet sheet_of(const boost::json::array& aspects);

}  // namespace jixiao::assessment
