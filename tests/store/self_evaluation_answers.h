// What the self-evaluation store tests ask of a unit's form: every indicator reported at its
// target with the unit claiming full marks, then submitted.
#pragma once

#include "self_evaluation/service.h"

namespace jixiao {

inline self_evaluation::Evaluation submit_with_full_marks(self_evaluation::EvaluationService& s,
                                                          const auth::Principal& unit,
                                                          self_evaluation::EvaluationView v) {
  const long long id = v.evaluation.id;
  self_evaluation::EvaluationInput in;
  in.goal_achieved = "全部完成";
  in.indicators.emplace();
  for (const auto& i : v.evaluation.indicators) {
    self_evaluation::IndicatorAnswer a;
    a.position = i.position;
    a.actual_value = i.comparator == "qualitative" ? "achieved" : i.value;
    in.indicators->push_back(a);
  }
  v = s.save(unit, id, v.evaluation.version, in);
  for (std::size_t k = 0; k < in.indicators->size(); ++k) {
    (*in.indicators)[k].self_score = v.evaluation.indicators[k].computed_weight;
    (*in.indicators)[k].self_score_reason = "全部完成";
  }
  v = s.save(unit, id, v.evaluation.version, in);
  return s.step(unit, id, v.evaluation.version, {"submit", "", ""}).evaluation;
}

}  // namespace jixiao
