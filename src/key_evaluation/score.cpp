#include "key_evaluation/score.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "targets/json.h"

namespace jixiao::key_evaluation {

namespace {

constexpr long long kHundred = 10000;          // 100 points in hundredths
constexpr long long kOutputBenefitMin = 6000;  // R-KE-1: output + benefit ≥ 60 %

std::string points_key(Part p) { return std::string(part_code(p)) + "_points"; }

}  // namespace

std::string_view part_code(Part p) {
  switch (p) {
    case Part::decision:
      return "decision";
    case Part::process:
      return "process";
    case Part::output:
      return "output";
    case Part::benefit:
      return "benefit";
  }
  return "";
}

std::string_view part_label(Part p) {
  switch (p) {
    case Part::decision:
      return "决策";
    case Part::process:
      return "过程";
    case Part::output:
      return "产出";
    case Part::benefit:
      return "效益";
  }
  return "";
}

Weights read_weights(const boost::json::object& params) {
  Weights w;
  long long sum = 0;
  for (const Part p : kParts) {
    const std::string key = points_key(p);
    const long long h = rules::hundredths(params.at(key));
    if (h > kHundred)
      throw invalid("params." + key, std::string(part_label(p)) + "的分值应在 0 到 100 分之间");
    w.points[static_cast<std::size_t>(p)] = h;
    sum += h;
  }
  if (sum != kHundred)
    throw invalid("params", "决策、过程、产出和效益的分值合计必须为 100 分，现为 " +
                                targets::points(sum) + " 分");
  const long long output_benefit = w.of(Part::output) + w.of(Part::benefit);
  if (output_benefit < kOutputBenefitMin)
    throw invalid("params.output_points", "产出和效益的分值合计不得低于 60 分，现为 " +
                                              targets::points(output_benefit) + " 分");
  return w;
}

ScoreSettings score_settings(const rules::RuleSet& rules) {
  ScoreSettings s;
  s.weights = read_weights(rules.params("R-KE-1"));
  // R-GR-1 [practice; 财预〔2020〕10号 as applied]: the grades every stage shares.
  const auto& gr1 = rules.params("R-GR-1");
  s.grades.excellent = rules::hundredths(gr1.at("excellent"));
  s.grades.good = rules::hundredths(gr1.at("good"));
  s.grades.fair = rules::hundredths(gr1.at("fair"));
  return s;
}

const ScoreSettings& national_score_settings() {
  static const ScoreSettings s = score_settings(rules::national_rule_set());
  return s;
}

EvaluationScore score_evaluation(const std::vector<ExpertSheet>& sheets,
                                 const ScoreSettings& settings) {
  if (sheets.empty()) throw invalid("sheets", "至少需要一位专家的评分");
  EvaluationScore r;
  std::string working;
  for (const Part p : kParts) {
    const auto k = static_cast<std::size_t>(p);
    const long long weight = settings.weights.of(p);
    long long sum = 0;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
      const long long s = sheets[i].scores[k];
      if (s < 0 || s > weight)
        throw invalid("sheets[" + std::to_string(i) + "]." + std::string(part_code(p)),
                      std::string(part_label(p)) + "得分应在 0 到 " + targets::points(weight) +
                          " 分之间，现为 " + targets::points(s) + " 分");
      sum += s;
    }
    // The experts' mean, half up to the hundredth (R-MON-3); scores are never negative.
    const auto n = static_cast<long long>(sheets.size());
    const long long mean = (2 * sum + n) / (2 * n);
    r.parts.push_back({p, weight, mean});
    r.total += mean;
    working += std::string(working.empty() ? "" : "，") + std::string(part_label(p)) + " " +
               targets::points(mean) + "/" + targets::points(weight);
  }
  r.grade = targets::grade_of(r.total, settings.grades);
  const std::string experts =
      sheets.size() == 1 ? "专家评分" : std::to_string(sheets.size()) + " 位专家评分的平均";
  r.detail = experts + "：" + working + "，合计 " + targets::points(r.total) + " 分，等级“" +
             std::string(targets::grade_label(r.grade)) + "”（R-KE-1、R-GR-1）";
  return r;
}

}  // namespace jixiao::key_evaluation
