#include "key_evaluation/quality_repo.h"

#include "db/query.h"

namespace jixiao::key_evaluation::quality_repo {

std::vector<QualitySheetRecord> sheets(soci::session& s, long long evaluation_id,
                                       const std::string& stage, long long round,
                                       long long expert_id) {
  db::Query q(
      "SELECT q.id, q.evaluation_id, q.expert_id, x.name, q.stage, q.round, q.scores_json, "
      "q.total, q.comment, q.submitted_at FROM key_evaluation_quality_sheets q JOIN experts x "
      "ON x.id = q.expert_id WHERE q.evaluation_id = ");
  q.bind(evaluation_id);
  if (!stage.empty()) q.sql(" AND q.stage = ").bind(stage).sql(" AND q.round = ").bind(round);
  if (expert_id > 0) q.sql(" AND q.expert_id = ").bind(expert_id);
  q.sql(" ORDER BY q.stage, q.round, q.expert_id");
  return db::fetch_all<QualitySheetRecord>(s, q, [](soci::statement& st, QualitySheetRecord& r) {
    for (auto* v : {&r.id, &r.evaluation_id, &r.expert_id}) st.exchange(soci::into(*v));
    for (auto* v : {&r.expert_name, &r.stage}) st.exchange(soci::into(*v));
    st.exchange(soci::into(r.round));
    st.exchange(soci::into(r.scores_json));
    st.exchange(soci::into(r.total));
    for (auto* v : {&r.comment, &r.submitted_at}) st.exchange(soci::into(*v));
  });
}

void save(soci::session& s, const QualitySheetRecord& r) {
  s << "DELETE FROM key_evaluation_quality_sheets WHERE evaluation_id = :e AND expert_id = :x "
       "AND stage = :st AND round = :r",
      soci::use(r.evaluation_id), soci::use(r.expert_id), soci::use(r.stage), soci::use(r.round);
  db::insert_returning(
      s,
      "INSERT INTO key_evaluation_quality_sheets (evaluation_id, expert_id, stage, round, "
      "scores_json, total, comment, submitted_at) VALUES (:e, :x, :st, :r, :j, :t, :c, :at)",
      soci::use(r.evaluation_id), soci::use(r.expert_id), soci::use(r.stage), soci::use(r.round),
      soci::use(r.scores_json), soci::use(r.total), soci::use(r.comment),
      soci::use(r.submitted_at));
}

bool scored(soci::session& s, long long evaluation_id, long long expert_id) {
  db::Query q("SELECT COUNT(*) FROM key_evaluation_quality_sheets WHERE evaluation_id = ");
  q.bind(evaluation_id).sql(" AND expert_id = ").bind(expert_id);
  return q.scalar(s) > 0;
}

std::vector<ScoreSheetRecord> score_sheets(soci::session& s, long long evaluation_id) {
  db::Query q(
      "SELECT id, evaluation_id, evaluator, scores_json, submitted_by, submitted_at FROM "
      "key_evaluation_score_sheets WHERE evaluation_id = ");
  q.bind(evaluation_id).sql(" ORDER BY id");
  return db::fetch_all<ScoreSheetRecord>(s, q, [](soci::statement& st, ScoreSheetRecord& r) {
    for (auto* v : {&r.id, &r.evaluation_id}) st.exchange(soci::into(*v));
    st.exchange(soci::into(r.evaluator));
    st.exchange(soci::into(r.scores_json));
    st.exchange(soci::into(r.submitted_by));
    st.exchange(soci::into(r.submitted_at));
  });
}

void replace_score_sheets(soci::session& s, long long evaluation_id,
                          const std::vector<ScoreSheetRecord>& sheets) {
  s << "DELETE FROM key_evaluation_score_sheets WHERE evaluation_id = :e", soci::use(evaluation_id);
  for (const auto& r : sheets)
    db::insert_returning(
        s,
        "INSERT INTO key_evaluation_score_sheets (evaluation_id, evaluator, scores_json, "
        "submitted_by, submitted_at) VALUES (:e, :ev, :sc, :by, :at)",
        soci::use(evaluation_id), soci::use(r.evaluator), soci::use(r.scores_json),
        soci::use(r.submitted_by), soci::use(r.submitted_at));
}

}  // namespace jixiao::key_evaluation::quality_repo
