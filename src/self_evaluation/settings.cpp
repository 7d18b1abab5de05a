#include "self_evaluation/settings.h"

#include <boost/json.hpp>

namespace jixiao::self_evaluation {

namespace {

long long whole(const boost::json::value& v) { return rules::hundredths(v) / 100; }

}  // namespace

ScoringSettings scoring_settings(const rules::RuleSet& rules) {
  ScoringSettings s;
  // R-SE-1 [practice; 财预〔2020〕10号]: points in hundredths; cost's own [jixiao].
  const auto& se1 = rules.params("R-SE-1");
  s.execution_points = rules::hundredths(se1.at("execution_points"));
  s.output_points = rules::hundredths(se1.at("output_points"));
  s.benefit_points = rules::hundredths(se1.at("benefit_points"));
  s.satisfaction_points = rules::hundredths(se1.at("satisfaction_points"));
  s.cost_points = rules::hundredths(se1.at("cost_points"));
  // R-SE-2 [practice], R-SE-4 [practice]: words the rule kinds allow.
  s.missing_satisfaction_to = rules.params("R-SE-2").at("missing_satisfaction_to").as_string();
  s.lower_is_better = rules.params("R-SE-4").at("lower_is_better").as_string();
  // R-SE-5 [practice], R-SE-7 [local; 广西]: whole percents.
  const auto& se5 = rules.params("R-SE-5");
  s.achieved_floor_percent = whole(se5.at("achieved_floor_percent"));
  s.partly_floor_percent = whole(se5.at("partly_floor_percent"));
  s.exceeded_percent = whole(rules.params("R-SE-7").at("exceeded_percent"));
  // R-GR-1 [practice; 财预〔2020〕10号 as applied]: the grades every stage shares.
  const auto& gr1 = rules.params("R-GR-1");
  s.excellent = rules::hundredths(gr1.at("excellent"));
  s.good = rules::hundredths(gr1.at("good"));
  s.fair = rules::hundredths(gr1.at("fair"));
  return s;
}

const ScoringSettings& national_scoring_settings() {
  static const ScoringSettings s = scoring_settings(rules::national_rule_set());
  return s;
}

}  // namespace jixiao::self_evaluation
