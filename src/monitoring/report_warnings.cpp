#include "monitoring/report_warnings.h"

#include <boost/json.hpp>

#include "monitoring/evaluate.h"

namespace jixiao::monitoring {

ProjectProgress progress_of(const Report& r, const std::vector<targets::Indicator>& indicators,
                            const std::vector<IndicatorReport>& answers, bool overdue) {
  ProjectProgress p;
  p.year = r.year;
  p.as_of = r.as_of;
  p.budget_fen = r.budget_fen;
  p.executed_fen = r.executed_fen;
  p.report_overdue = overdue;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    IndicatorProgress ip;
    ip.indicator = indicators[i];
    for (const auto& a : answers)
      if (a.position == static_cast<long long>(i)) {
        ip.value_so_far = a.value_so_far;
        ip.likelihood = a.likelihood;
        ip.projected_value = a.projected_value;
      }
    p.indicators.push_back(std::move(ip));
  }
  return p;
}

void apply_evaluation(Report& r, const Evaluation& e, const std::string& at) {
  r.colour = e.colour;
  r.fired = boost::json::serialize(evaluation_json(e).at("fired"));
  r.evaluated_at = at;
}

}  // namespace jixiao::monitoring
