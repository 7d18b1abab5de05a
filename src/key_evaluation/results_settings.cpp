#include "key_evaluation/results_settings.h"

#include "base/error.h"

namespace jixiao::key_evaluation {

namespace {

long long whole_days(const boost::json::object& params, const char* key, const char* label) {
  const long long h = rules::hundredths(params.at(key));
  if (h % 100 != 0 || h < 100 || h > 36500)
    throw invalid(std::string("params.") + key, std::string(label) + "应为 1 到 365 之间的整数天");
  return h / 100;
}

}  // namespace

ResultsDays read_results_days(const boost::json::object& params) {
  return {whole_days(params, "results_days", "反馈评价结果的期限"),
          whole_days(params, "results_answer_days", "反馈整改措施的期限")};
}

ResultsDays results_days(const rules::RuleSet& rules) {
  return read_results_days(rules.params("R-RA-1"));
}

}  // namespace jixiao::key_evaluation
