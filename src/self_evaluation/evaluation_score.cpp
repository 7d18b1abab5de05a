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

void keep_scores(Evaluation& e, std::vector<IndicatorResult>& items, Scored scored,
                 const ScoringSettings& settings) {
  for (std::size_t k = 0; k < items.size() && k < scored.indicators.size(); ++k) {
    auto& r = scored.indicators[k];
    auto& i = items[k];
    i.computed_weight = r.weight;
    i.computed_score = r.score;
    i.rule = std::move(r.rule);
    i.detail = std::move(r.detail);
    i.needs_reason = r.needs_reason;
  }
  e.execution_weight = scored.execution_weight;
  e.execution_score = scored.execution_score;
  e.execution_detail = std::move(scored.execution_detail);
  e.computed_total = scored.total;
  e.self_total = scored.self_total;
  e.grade = e.review_total ? grade_of(*e.review_total, settings) : std::move(scored.grade);
}

void score_answers(Evaluation& e, std::vector<IndicatorResult>& items,
                   const ScoringSettings& settings) {
  keep_scores(e, items, score(scoring_input(e, items), settings), settings);
}

bool keeps(const Evaluation& e, const std::vector<IndicatorResult>& items, const Scored& scored,
           const ScoringSettings& settings) {
  const std::string grade = e.review_total ? grade_of(*e.review_total, settings) : scored.grade;
  if (e.execution_weight != scored.execution_weight ||
      e.execution_score != scored.execution_score ||
      e.execution_detail != scored.execution_detail || e.computed_total != scored.total ||
      e.self_total != scored.self_total || e.grade != grade ||
      items.size() != scored.indicators.size())
    return false;
  for (std::size_t k = 0; k < items.size(); ++k) {
    const auto& i = items[k];
    const auto& r = scored.indicators[k];
    if (i.computed_weight != r.weight || i.computed_score != r.score || i.rule != r.rule ||
        i.detail != r.detail || i.needs_reason != r.needs_reason)
      return false;
  }
  return true;
}

}  // namespace jixiao::self_evaluation
