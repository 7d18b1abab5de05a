#include "self_evaluation/settings.h"

#include <boost/json.hpp>

namespace jixiao::self_evaluation {

namespace {

long long whole(const boost::json::value& v) { return rules::hundredths(v) / 100; }

// The region's value of a parameter, else the shipped one.
const boost::json::value& param(const rules::RuleSet& rules, std::string_view rule,
                                std::string_view key) {
  if (const auto* v = rules.params(rule).if_contains(key)) return *v;
  return rules::national_rule_set().params(rule).at(key);
}

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

ReviewSettings review_settings(const rules::RuleSet& rules) {
  ReviewSettings r;
  const auto number = [&](std::string_view key) {
    return rules::hundredths(param(rules, "R-RV-1", key));
  };
  const auto flag = [&](std::string_view key) {
    const auto& v = param(rules, "R-RV-1", key);
    return v.is_bool() && v.as_bool();
  };
  // R-RV-1 [local: 003 乌海]: 100万元 and key projects; the share and its weighting [jixiao].
  r.sampling.amount_threshold_fen = number("amount_threshold_wan") * kFenPerWan / 100;
  r.sampling.sample_percent = number("sample_percent") / 100;
  r.sampling.weighted = flag("weighted");
  r.key_projects = flag("key_projects");
  // The signals [jixiao]: the high score in hundredths, the rest whole numbers.
  auto& g = r.signals;
  g.high_score = number("high_score_points");
  g.low_execution_percent = number("low_execution_percent") / 100;
  g.all_at_target_min = number("all_at_target_min") / 100;
  g.self_above_computed_weight = number("self_above_computed_weight") / 100;
  g.high_score_low_execution_weight = number("high_score_low_execution_weight") / 100;
  g.all_at_target_weight = number("all_at_target_weight") / 100;
  g.no_evidence_weight = number("no_evidence_weight") / 100;
  g.impossible_then_met_weight = number("impossible_then_met_weight") / 100;
  // R-RV-2 [jixiao]; the answer's days R-RA-1 [local].
  r.inflated_points = rules::hundredths(param(rules, "R-RV-2", "inflated_points"));
  r.answer_days = rules::hundredths(param(rules, "R-RV-2", "answer_days")) / 100;
  return r;
}

}  // namespace jixiao::self_evaluation
