#include "self_evaluation/review_signals.h"

#include <algorithm>

#include "db/query.h"
#include "self_evaluation/indicator_scores.h"

namespace jixiao::self_evaluation::review_repo {

namespace {

constexpr std::size_t kChunk = 400;

void append_ids(db::Query& q, const std::vector<long long>& ids) {
  q.sql("(");
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i) q.sql(", ");
    q.bind(ids[i]);
  }
  q.sql(")");
}

struct EvaluationRow {
  Evaluation e;
  long long self_total = -1;
  std::string indicator_scores;
};

struct IndicatorRow {
  long long evaluation_id = 0;
  IndicatorResult i;
  long long not_applicable = 0, self_score = -1;
};

struct LikelihoodRow {
  long long target_id = 0, position = 0;
  std::string likelihood;
};

void read_chunk(soci::session& s, const std::vector<long long>& ids,
                std::map<long long, SignalData>& out) {
  db::Query eq(
      "SELECT id, target_id, COALESCE(self_total, -1), computed_total, budget_fen, executed_fen, "
      "indicator_scores FROM self_evaluations WHERE id IN ");
  append_ids(eq, ids);
  std::map<long long, std::vector<long long>> by_target;  // target → its evaluations
  std::map<long long, std::string> packed;                // evaluation → its indicator scores
  for (auto& r : db::fetch_all<EvaluationRow>(s, eq, [](soci::statement&st, EvaluationRow&r) {
         st.exchange(soci::into(r.e.id));
         st.exchange(soci::into(r.e.target_id));
         st.exchange(soci::into(r.self_total));
         st.exchange(soci::into(r.e.computed_total));
         st.exchange(soci::into(r.e.budget_fen));
         st.exchange(soci::into(r.e.executed_fen));
         st.exchange(soci::into(r.indicator_scores));
       })) {
    if (r.self_total >= 0) r.e.self_total = r.self_total;
    packed[r.e.id] = std::move(r.indicator_scores);
    by_target[r.e.target_id].push_back(r.e.id);
    out[r.e.id].evaluation = std::move(r.e);
  }

  db::Query iq(
      "SELECT evaluation_id, position, name, comparator, value, unit, actual_value, "
      "not_applicable, COALESCE(self_score, -1) FROM self_evaluation_indicators WHERE "
      "evaluation_id IN ");
  append_ids(iq, ids);
  iq.sql(" ORDER BY evaluation_id, position");
  for (auto& r : db::fetch_all<IndicatorRow>(s, iq, [](soci::statement&st, IndicatorRow&r) {
         st.exchange(soci::into(r.evaluation_id));
         st.exchange(soci::into(r.i.position));
         st.exchange(soci::into(r.i.name));
         st.exchange(soci::into(r.i.comparator));
         st.exchange(soci::into(r.i.value));
         st.exchange(soci::into(r.i.unit));
         st.exchange(soci::into(r.i.actual_value));
         st.exchange(soci::into(r.not_applicable));
         st.exchange(soci::into(r.self_score));
       })) {
    r.i.not_applicable = r.not_applicable != 0;
    if (r.self_score >= 0) r.i.self_score = r.self_score;
    out[r.evaluation_id].evaluation.indicators.push_back(std::move(r.i));
  }
  for (auto& [id, text] : packed) unpack_scores(text, out[id].evaluation.indicators);

  // Evidence is attached to the evaluation as a whole (document type self_evaluation).
  db::Query fq(
      "SELECT document_id, COUNT(*) FROM evidence_files WHERE document_type = 'self_evaluation' "
      "AND document_id IN ");
  append_ids(fq, ids);
  fq.sql(" GROUP BY document_id");
  struct Count {
    long long id = 0, n = 0;
  };
  for (const auto& c : db::fetch_all<Count>(s, fq, [](soci::statement&st, Count&c) {
         st.exchange(soci::into(c.id));
         st.exchange(soci::into(c.n));
       }))
    out[c.id].evidence_files = c.n;

  // The likelihoods of the target's last submitted monitoring report (R-MO-1).
  std::vector<long long> targets;
  for (const auto& [t, _] : by_target) targets.push_back(t);
  if (targets.empty()) return;
  db::Query lq(
      "SELECT r.target_id, mi.position, mi.likelihood FROM monitoring_reports r JOIN checkpoints "
      "c ON c.id = r.checkpoint_id JOIN monitoring_indicators mi ON mi.report_id = r.id WHERE "
      "r.submitted_at IS NOT NULL AND r.target_id IN ");
  append_ids(lq, targets);
  lq.sql(
      " AND c.as_of = (SELECT MAX(c2.as_of) FROM monitoring_reports r2 JOIN checkpoints c2 ON "
      "c2.id = r2.checkpoint_id WHERE r2.target_id = r.target_id AND r2.submitted_at IS NOT "
      "NULL)");
  for (const auto& l : db::fetch_all<LikelihoodRow>(s, lq, [](soci::statement&st, LikelihoodRow&l) {
         st.exchange(soci::into(l.target_id));
         st.exchange(soci::into(l.position));
         st.exchange(soci::into(l.likelihood));
       }))
    for (long long id : by_target[l.target_id]) out[id].last_likelihood[l.position] = l.likelihood;
}

}  // namespace

std::map<long long, SignalData> signal_data(soci::session& s, const std::vector<long long>& ids) {
  std::map<long long, SignalData> out;
  for (std::size_t at = 0; at < ids.size(); at += kChunk) {
    const std::vector<long long> chunk(ids.begin() + at,
                                       ids.begin() + std::min(ids.size(), at + kChunk));
    read_chunk(s, chunk, out);
  }
  std::erase_if(out, [](const auto& kv) { return kv.second.evaluation.id == 0; });
  return out;
}

std::vector<Signal> signals_for(const SignalData& d, const SignalParams& params) {
  SignalInput in{d.evaluation, d.evidence_files, {}, d.last_likelihood};
  return signals_of(in, params);
}

}  // namespace jixiao::self_evaluation::review_repo
