#include "self_evaluation/rule_kinds.h"

#include <boost/json.hpp>
#include <string>

#include "base/error.h"

namespace jixiao::self_evaluation {

namespace {

// Each runs after the shape check: the keys are there, numbers are 0 or more with two decimals
// at most, texts are not blank.

constexpr long long kHundred = 10000;  // 100 points, or 100 %, in hundredths

std::string key_field(const char* key) { return std::string("params.") + key; }

// A whole percent from min to 100.
long long whole_percent(const boost::json::object& p, const char* key, long long min) {
  const long long h = rules::hundredths(p.at(key));
  if (h % 100 != 0 || h < min * 100 || h > kHundred)
    throw invalid(key_field(key), "应为 " + std::to_string(min) + " 到 100 之间的整数（百分比）");
  return h / 100;
}

void check_points(const boost::json::object& p) {
  // R-SE-1: the parts make the whole of 100.
  long long sum = 0;
  for (const char* key : {"execution_points", "output_points", "benefit_points",
                          "satisfaction_points", "cost_points"}) {
    const long long h = rules::hundredths(p.at(key));
    if (h > kHundred) throw invalid(key_field(key), "分值应在 0 到 100 分之间");
    sum += h;
  }
  if (sum != kHundred)
    throw invalid("params", "预算执行、产出、效益、满意度和成本的分值合计必须为 100 分");
}

void check_choice(const boost::json::object& p, const char* key,
                  std::initializer_list<std::pair<const char*, const char*>> choices) {
  const auto& value = p.at(key).as_string();
  std::string words;
  for (const auto& [code, label] : choices) {
    if (value == code) return;
    words += std::string(words.empty() ? "" : "，") + code + "（" + label + "）";
  }
  throw invalid(key_field(key), "只能是 " + words);
}

void check_missing_satisfaction(const boost::json::object& p) {
  // R-SE-2 [practice]: to benefit, or a region's choice of output and benefit in proportion.
  check_choice(p, "missing_satisfaction_to",
               {{"benefit", "计入效益指标"}, {"output_and_benefit", "按比例计入产出和效益指标"}});
}

void check_lower_is_better(const boost::json::object& p) {
  // R-SE-4 [practice]: ratio A ÷ B, or the linear rule seen in practice.
  check_choice(p, "lower_is_better",
               {{"ratio", "目标值 ÷ 实际值"}, {"linear", "超出目标一倍得 0 分，其间线性扣分"}});
}

void check_bands(const boost::json::object& p) {
  // R-SE-5: achieved above partly above not achieved (whose floor is 0).
  const long long achieved = whole_percent(p, "achieved_floor_percent", 1);
  const long long partly = whole_percent(p, "partly_floor_percent", 1);
  if (partly >= achieved)
    throw invalid("params.partly_floor_percent", "“部分达成”的得分下限应低于“达成”的得分下限");
}

void check_exceeded(const boost::json::object& p) {
  // R-SE-7: exceeding by 0 % would ask a reason of every target met exactly.
  whole_percent(p, "exceeded_percent", 1);
}

// A whole number from min to max.
long long whole_number(const boost::json::object& p, const char* key, long long min,
                       long long max) {
  const long long h = rules::hundredths(p.at(key));
  if (h % 100 != 0 || h < min * 100 || h > max * 100)
    throw invalid(key_field(key),
                  "应为 " + std::to_string(min) + " 到 " + std::to_string(max) + " 之间的整数");
  return h / 100;
}

void check_review_plan(const boost::json::object& p) {
  // R-RV-1: the amount is any sum (the shape check bounds it); the sample a share of the rest.
  const long long sample = rules::hundredths(p.at("sample_percent"));
  if (sample > kHundred) throw invalid("params.sample_percent", "抽取比例应在 0 到 100 之间");
  // The signals: a score on 100 points, a rate in whole percents, a count and whole weights
  // (a draw's weight is 1 + the weights of the signals that fire: 0 leaves a signal unweighted).
  if (rules::hundredths(p.at("high_score_points")) > kHundred)
    throw invalid("params.high_score_points", "分数应在 0 到 100 分之间");
  whole_percent(p, "low_execution_percent", 1);
  whole_number(p, "all_at_target_min", 1, 200);
  for (const char* key :
       {"self_above_computed_weight", "high_score_low_execution_weight", "all_at_target_weight",
        "no_evidence_weight", "impossible_then_met_weight"})
    whole_number(p, key, 0, 100);
}

void check_inflated(const boost::json::object& p) {
  // R-RV-2: points on a 100-point total; the answer's days (R-RA-1) at least one.
  const long long points = rules::hundredths(p.at("inflated_points"));
  if (points > kHundred) throw invalid("params.inflated_points", "分数应在 0 到 100 分之间");
  whole_number(p, "answer_days", 1, 365);
}

}  // namespace

void register_rule_kinds(rules::RuleKinds& kinds) {
  kinds.add("R-SE-1", check_points);
  kinds.add("R-SE-2", check_missing_satisfaction);
  kinds.add("R-SE-4", check_lower_is_better);
  kinds.add("R-SE-5", check_bands);
  kinds.add("R-SE-7", check_exceeded);
  kinds.add("R-RV-1", check_review_plan);
  kinds.add("R-RV-2", check_inflated);
}

}  // namespace jixiao::self_evaluation
