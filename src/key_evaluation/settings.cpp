#include "key_evaluation/settings.h"

#include <boost/json.hpp>

#include "base/error.h"

namespace jixiao::key_evaluation {

long long read_lookback_years(const boost::json::object& params) {
  // Ten years is past any evaluation cycle; 0 lets a region drop the look-back.
  const long long h = rules::hundredths(params.at("lookback_years"));
  if (h % 100 != 0 || h > 1000)
    throw invalid("params.lookback_years", "回避年数应为 0 到 10 之间的整数");
  return h / 100;
}

KeyEvaluationSettings key_evaluation_settings(const rules::RuleSet& rules) {
  KeyEvaluationSettings s;
  s.score = score_settings(rules);
  s.lookback_years = read_lookback_years(rules.params("R-KE-3"));
  s.fee_bands = read_fee_bands(rules.params("R-KE-4"));
  s.quality_items = read_quality_items(rules.params("R-KE-4"));
  return s;
}

const KeyEvaluationSettings& national_key_evaluation_settings() {
  static const KeyEvaluationSettings s = key_evaluation_settings(rules::national_rule_set());
  return s;
}

}  // namespace jixiao::key_evaluation
