#include "self_evaluation/score_batch.h"

#include "base/error.h"
#include "db/query.h"
#include "self_evaluation/evaluation_score.h"
#include "self_evaluation/indicator_scores.h"

namespace jixiao::self_evaluation {

namespace {

// Nullable scores come as -1 (every score is 0 or more).
struct EvaluationRow {
  Evaluation e;
  long long self_total = -1, review_total = -1;
  std::string indicator_scores;
};

void bind_evaluation(soci::statement& st, EvaluationRow& r) {
  auto& e = r.e;
  st.exchange(soci::into(e.id));
  st.exchange(soci::into(e.region_id));
  st.exchange(soci::into(e.department_id));
  st.exchange(soci::into(e.unit_id));
  st.exchange(soci::into(e.year));
  st.exchange(soci::into(e.kind));
  st.exchange(soci::into(e.version));
  st.exchange(soci::into(e.initial_fen));
  st.exchange(soci::into(e.budget_fen));
  st.exchange(soci::into(e.executed_fen));
  st.exchange(soci::into(e.execution_weight));
  st.exchange(soci::into(e.execution_score));
  st.exchange(soci::into(e.execution_detail));
  st.exchange(soci::into(e.computed_total));
  st.exchange(soci::into(r.self_total));
  st.exchange(soci::into(r.review_total));
  st.exchange(soci::into(e.grade));
  st.exchange(soci::into(r.indicator_scores));
}

struct IndicatorRow {
  long long evaluation_id = 0;
  IndicatorResult i;
  long long not_applicable = 0, self_score = -1;
};

void bind_indicator(soci::statement& st, IndicatorRow& r) {
  auto& i = r.i;
  st.exchange(soci::into(r.evaluation_id));
  st.exchange(soci::into(i.position));
  st.exchange(soci::into(i.category));
  st.exchange(soci::into(i.subcategory));
  st.exchange(soci::into(i.name));
  st.exchange(soci::into(i.comparator));
  st.exchange(soci::into(i.value));
  st.exchange(soci::into(i.unit));
  st.exchange(soci::into(i.direction));
  st.exchange(soci::into(i.weight));
  st.exchange(soci::into(i.actual_value));
  st.exchange(soci::into(r.not_applicable));
  st.exchange(soci::into(r.self_score));
}

}  // namespace

std::vector<Evaluation> read_score_batch(soci::session& s, long long round_id, long long after_id,
                                         int limit) {
  // The form and its scores each walked by key from the batch's start: through the view,
  // PostgreSQL merged the forms with the scores' whole key from its first row for every batch.
  db::Query eq(
      "SELECT f.id, f.region_id, f.department_id, f.unit_id, f.year, f.kind, f.version, "
      "f.initial_fen, f.budget_fen, f.executed_fen, x.execution_weight, x.execution_score, "
      "x.execution_detail, x.computed_total, COALESCE(x.self_total, -1), COALESCE(f.review_total, "
      "-1), x.grade, x.indicator_scores FROM self_evaluation_forms f JOIN self_evaluation_scores "
      "x ON x.evaluation_id = f.id WHERE f.round_id = ");
  eq.bind(round_id)
      .sql(" AND f.id > ")
      .bind(after_id)
      .sql(" AND x.evaluation_id > ")
      .bind(after_id);
  eq.sql(" ORDER BY f.id LIMIT ").bind(limit);
  std::vector<Evaluation> out;
  std::vector<std::string> packed;
  db::for_each_row<EvaluationRow>(s, eq, bind_evaluation, [&](EvaluationRow& r) {
    out.push_back(std::move(r.e));
    packed.push_back(std::move(r.indicator_scores));
    out.back().indicators.reserve(12);
    if (r.self_total >= 0) out.back().self_total = r.self_total;
    if (r.review_total >= 0) out.back().review_total = r.review_total;
  });
  if (out.empty()) return out;
  const long long last_id = out.back().id;
  // The id range walks the indicators' key; the round's own ids keep another round's out.
  db::Query iq(
      "SELECT evaluation_id, position, category, subcategory, name, comparator, value, unit, "
      "direction, weight, actual_value, not_applicable, COALESCE(self_score, -1) FROM "
      "self_evaluation_indicators WHERE evaluation_id > ");
  iq.bind(after_id).sql(" AND evaluation_id <= ").bind(last_id);
  iq.sql(" AND evaluation_id IN (SELECT id FROM self_evaluation_forms WHERE round_id = ")
      .bind(round_id);
  iq.sql(" AND id > ").bind(after_id).sql(" AND id <= ").bind(last_id);
  iq.sql(") ORDER BY evaluation_id, position");
  std::size_t k = 0;  // both in id order: the indicator's evaluation is at or after k
  db::for_each_row<IndicatorRow>(s, iq, bind_indicator, [&](IndicatorRow& r) {
    while (k < out.size() && out[k].id < r.evaluation_id) ++k;
    if (k == out.size() || out[k].id != r.evaluation_id) return;
    r.i.not_applicable = r.not_applicable != 0;
    r.i.self_score.reset();
    if (r.self_score >= 0) r.i.self_score = r.self_score;
    // Moved out: the next row's columns are written over it.
    out[k].indicators.push_back(std::move(r.i));
  });
  for (std::size_t k = 0; k < out.size(); ++k) unpack_scores(packed[k], out[k].indicators);
  return out;
}

ScoreChanges judge_scores(
    std::vector<Evaluation> batch,
    const std::function<const ScoringSettings&(long long region_id)>& settings_of) {
  ScoreChanges out;
  for (auto& e : batch) {
    ++out.counts.done;
    if (e.indicators.empty() || !answered(e.indicators)) {
      ++out.counts.unanswered;
      continue;
    }
    const ScoringSettings& settings = settings_of(e.region_id);
    Scored scored;
    try {
      scored = score(scoring_input(e, e.indicators), settings);
    } catch (const AppError&) {
      ++out.counts.refused;
      continue;
    }
    if (keeps(e, e.indicators, scored, settings)) continue;
    ++out.counts.changed;
    out.total_before.push_back(e.computed_total);
    out.grade_before.push_back(e.grade);
    keep_scores(e, e.indicators, std::move(scored), settings);
    // Packed here, beside the scoring, so that the writing does nothing but write.
    out.packed.push_back(pack_scores(e.indicators));
    out.rows.push_back(std::move(e));
  }
  return out;
}

}  // namespace jixiao::self_evaluation
