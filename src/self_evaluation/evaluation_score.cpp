#include "self_evaluation/evaluation_score.h"

#include <algorithm>

namespace jixiao::self_evaluation {

bool answered(const std::vector<IndicatorResult>& items) {
  return std::ranges::all_of(
      items, [](const auto& i) { return i.not_applicable || !i.actual_value.empty(); });
}

IndicatorInput input_of(const IndicatorResult& i) {
  IndicatorInput x;
  x.indicator.category = i.category;
  x.indicator.subcategory = i.subcategory;
  x.indicator.name = i.name;
  x.indicator.comparator = i.comparator;
  x.indicator.value = i.value;
  x.indicator.unit = i.unit;
  x.indicator.weight = i.weight;
  x.indicator.direction = i.direction;
  x.actual_value = i.actual_value;
  x.not_applicable = i.not_applicable;
  x.self_score = i.self_score;
  return x;
}

ScoringInput scoring_input(const Evaluation& e, const std::vector<IndicatorResult>& items) {
  ScoringInput in;
  in.budget_fen = e.budget_fen;
  in.executed_fen = e.executed_fen;
  in.indicators.reserve(items.size());
  for (const auto& i : items) in.indicators.push_back(input_of(i));
  return in;
}

std::string grade_of(long long total, const ScoringSettings& st) {
  return total >= st.excellent ? "excellent"
         : total >= st.good    ? "good"
         : total >= st.fair    ? "fair"
                               : "poor";
}

void keep_scores(Evaluation& e, std::vector<IndicatorResult>& items, const Scored& scored,
                 const ScoringSettings& settings) {
  for (std::size_t k = 0; k < items.size() && k < scored.indicators.size(); ++k) {
    const auto& r = scored.indicators[k];
    auto& i = items[k];
    i.computed_weight = r.weight;
    i.computed_score = r.score;
    i.rule = r.rule;
    i.detail = r.detail;
    i.needs_reason = r.needs_reason;
  }
  e.execution_weight = scored.execution_weight;
  e.execution_score = scored.execution_score;
  e.execution_detail = scored.execution_detail;
  e.computed_total = scored.total;
  e.self_total = scored.self_total;
  e.grade = e.review_total ? grade_of(*e.review_total, settings) : scored.grade;
}

void score_answers(Evaluation& e, std::vector<IndicatorResult>& items,
                   const ScoringSettings& settings) {
  keep_scores(e, items, score(scoring_input(e, items), settings), settings);
}

bool same_scores(const Evaluation& a, const std::vector<IndicatorResult>& a_items,
                 const Evaluation& b, const std::vector<IndicatorResult>& b_items) {
  if (a.execution_weight != b.execution_weight || a.execution_score != b.execution_score ||
      a.execution_detail != b.execution_detail || a.computed_total != b.computed_total ||
      a.self_total != b.self_total || a.grade != b.grade || a_items.size() != b_items.size())
    return false;
  for (std::size_t k = 0; k < a_items.size(); ++k) {
    const auto& x = a_items[k];
    const auto& y = b_items[k];
    if (x.computed_weight != y.computed_weight || x.computed_score != y.computed_score ||
        x.rule != y.rule || x.detail != y.detail || x.needs_reason != y.needs_reason)
      return false;
  }
  return true;
}

}  // namespace jixiao::self_evaluation
