// The parameters of the key-evaluation rules as a region set them for a year (rules are data:
// defaults in data/rules/key_evaluation.json, R-GR-1 in data/rules/national.json).
#pragma once

#include <boost/json/object.hpp>

#include "key_evaluation/fee.h"
#include "key_evaluation/quality.h"
#include "key_evaluation/score.h"
#include "rules/model.h"

namespace jixiao::key_evaluation {

struct KeyEvaluationSettings {
  ScoreSettings score;           // R-KE-1, R-GR-1
  long long lookback_years = 2;  // R-KE-3: "evaluated it in the previous N years"
  FeeBands fee_bands;            // R-KE-4
  QualityItems quality_items;    // R-KE-4: the experts' quality sheet
};

KeyEvaluationSettings key_evaluation_settings(const rules::RuleSet& rules);
const KeyEvaluationSettings& national_key_evaluation_settings();

// R-KE-3's whole years, 0 (no look-back) to 10. Throws invalid("params.lookback_years").
long long read_lookback_years(const boost::json::object& params);

}  // namespace jixiao::key_evaluation
