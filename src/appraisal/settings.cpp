#include "appraisal/settings.h"

#include <boost/json.hpp>

#include "appraisal/scorecard.h"
#include "base/error.h"

namespace jixiao::appraisal {

namespace {
constexpr long long kHundred = 10000;  // 100 points in hundredths
}

std::vector<ItemWeight> checked_weights(const boost::json::object& weights,
                                        const std::string& field) {
  std::vector<ItemWeight> out;
  long long sum = 0;
  for (const auto& [key, value] : weights) {
    long long h = -1;
    try {
      h = rules::hundredths(value);
    } catch (const std::exception&) {
    }
    if (h < 0 || h > kHundred) throw invalid(field, "每项权重应为 0 到 100 之间的数，最多两位小数");
    sum += h;
    out.push_back({std::string(key), h});
  }
  if (sum != kHundred)
    throw invalid(field, "各项权重之和应为 100 分，现为 " + points_text(sum) + " 分");
  return out;
}

Settings appraisal_settings(const rules::RuleSet& rules) {
  const auto& p = rules.params("R-AP-1");
  Settings s;
  s.weights = checked_weights(p.at("weights").as_object(), "params.weights");
  s.not_applicable =
      p.at("not_applicable").as_string() == "zero" ? NotApplicable::zero : NotApplicable::rescale;
  return s;
}

}  // namespace jixiao::appraisal
