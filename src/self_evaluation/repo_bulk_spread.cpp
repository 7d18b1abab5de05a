#include "self_evaluation/repo_bulk_spread.h"

#include "db/query.h"
#include "monitoring/notices.h"

namespace jixiao::self_evaluation::repo {

void spread_states_bulk(soci::session& s, long long round_id, const std::string& at) {
  db::Query q(
      "UPDATE self_evaluation_forms SET status = CASE WHEN id % 20 <= 2 THEN 'pending' WHEN id % "
      "20 = 3 THEN 'returned' WHEN id % 20 <= 6 THEN 'submitted' WHEN id % 20 <= 8 THEN "
      "'consolidated' ELSE 'accepted' END, submitted_at = CASE WHEN id % 20 >= 4 THEN ");
  q.bind(at).sql(" ELSE NULL END, decided_at = CASE WHEN id % 20 >= 9 THEN ").bind(at);
  q.sql(" ELSE NULL END, version = version + 1 WHERE round_id = ").bind(round_id);
  soci::statement st(s);
  q.execute(st, true);
  // A grade's band from a second spread of the id (R-GR-1's bounds), and a total within it.
  constexpr const char* kDraw = "((evaluation_id * 7919) % 100)";
  const std::string grade = std::string("CASE WHEN ") + kDraw + " < 25 THEN 'excellent' WHEN " +
                            kDraw + " < 70 THEN 'good' WHEN " + kDraw +
                            " < 92 THEN 'fair' ELSE 'poor' END";
  const std::string total = std::string("CASE WHEN ") + kDraw + " < 25 THEN 9000 WHEN " + kDraw +
                            " < 70 THEN 8000 WHEN " + kDraw + " < 92 THEN 6000 ELSE 4000 END + " +
                            "(evaluation_id * 31) % 1000";
  db::Query scores(
      "UPDATE self_evaluation_scores SET grade = CASE WHEN evaluation_id % 20 <= 1 THEN '' ELSE ");
  scores.sql(grade).sql(" END, computed_total = CASE WHEN evaluation_id % 20 <= 1 THEN ");
  scores.sql("computed_total ELSE ").sql(total).sql(" END, self_total = CASE WHEN evaluation_id ");
  scores.sql("% 20 <= 1 THEN NULL ELSE ").sql(total).sql(" + (evaluation_id % 7) * 100 END ");
  scores.sql("WHERE evaluation_id IN (SELECT id FROM self_evaluation_forms WHERE round_id = ");
  scores.bind(round_id).sql(")");
  soci::statement sc(s);
  scores.execute(sc, true);
}

SampleSpread sample_bulk(soci::session& s, long long plan_id, long long round_id, Fen threshold_fen,
                         long long every, long long inflated_every, const std::string& at) {
  SampleSpread out;
  db::Query insert(
      "INSERT INTO self_evaluation_review_samples (plan_id, evaluation_id, region_id, "
      "department_id, unit_id, project_id, year, budget_fen, reason, weight, signals, status, "
      "created_at, updated_at) SELECT ");
  insert.bind(plan_id).sql(
      ", e.id, e.region_id, e.department_id, e.unit_id, e.project_id, e.year, e.budget_fen, CASE "
      "WHEN e.kind = 'project' AND e.budget_fen >= ");
  insert.bind(threshold_fen).sql(" THEN 'threshold' ELSE 'random' END, 1, '[]', 'pending', ");
  insert.bind(at).sql(", ").bind(at).sql(" FROM self_evaluations e WHERE e.round_id = ");
  insert.bind(round_id).sql(" AND ((e.kind = 'project' AND e.budget_fen >= ").bind(threshold_fen);
  insert.sql(") OR (e.id * 7919) % ").bind(every).sql(" = 0) ORDER BY e.id");
  soci::statement ins(s);
  insert.execute(ins, true);
  out.sampled = ins.get_affected_rows();

  // Reviewed once the unit sent its evaluation in, but one in five still waiting.
  db::Query review("UPDATE self_evaluation_review_samples SET status = 'reviewed', inflated = ");
  review.sql("CASE WHEN id % ").bind(inflated_every).sql(" = 0 THEN 1 ELSE 0 END, completed_at = ");
  review.bind(at).sql(", review_total = 0, version = version + 1 WHERE plan_id = ").bind(plan_id);
  review.sql(
      " AND id % 5 <> 0 AND evaluation_id IN (SELECT id FROM self_evaluations WHERE status IN "
      "('submitted', 'consolidated', 'accepted'))");
  soci::statement rev(s);
  review.execute(rev, true);
  out.reviewed = rev.get_affected_rows();

  const std::string due = monitoring::due_after(at.substr(0, 10), 30);
  db::Query findings(
      "INSERT INTO findings (region_id, year, source, source_id, project_id, unit_id, "
      "department_id, title, requirement, due, status, answer, answered_at, decision, closed_at, "
      "created_at, updated_at) SELECT x.region_id, x.year, 'self_evaluation_review', x.id, "
      "x.project_id, x.unit_id, x.department_id, '绩效自评得分虚高', "
      "'自评得分高于复核得分 10 分以上，请据实更正并反馈整改措施。', ");
  findings.bind(due).sql(
      ", CASE x.evaluation_id % 3 WHEN 0 THEN 'open' WHEN 1 THEN 'answered' ELSE 'closed' END, "
      "CASE x.evaluation_id % "
      "3 WHEN 0 THEN '' ELSE '已据实更正自评' END, CASE x.evaluation_id % 3 WHEN 0 THEN NULL "
      "ELSE ");
  findings.bind(at)
      .sql(" END, '', CASE x.evaluation_id % 3 WHEN 2 THEN ")
      .bind(at)
      .sql(" ELSE NULL END, ");
  findings.bind(at).sql(", ").bind(at);
  findings.sql(" FROM self_evaluation_review_samples x WHERE x.plan_id = ").bind(plan_id);
  findings.sql(" AND x.inflated = 1 ORDER BY x.id");
  soci::statement fin(s);
  findings.execute(fin, true);
  out.inflated = fin.get_affected_rows();
  db::Query link(
      "UPDATE self_evaluation_review_samples SET finding_id = (SELECT f.id FROM findings f WHERE "
      "f.source = 'self_evaluation_review' AND f.source_id = self_evaluation_review_samples.id) "
      "WHERE plan_id = ");
  link.bind(plan_id).sql(" AND inflated = 1");
  soci::statement l(s);
  link.execute(l, true);
  return out;
}

}  // namespace jixiao::self_evaluation::repo
