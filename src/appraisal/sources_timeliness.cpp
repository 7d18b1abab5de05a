// Timeliness against due dates: monitoring reports submitted by their checkpoint's due date
// (R-MO-2), self-evaluations by their round's (R-SE), and key evaluations' results sent within
// R-RA-1's days of the final report's acceptance. The items due are those whose date has come,
// and those done before it. Key evaluations' results are finance's to send, so they count for
// the region (department 0), never for a department. Not kept in totals: one GROUP BY over each
// table's (year, region) rows of the tree.
#include "appraisal/sources.h"

namespace jixiao::appraisal {

namespace {

constexpr const char* kReportSubmitted = "('submitted', 'checked', 'accepted')";
constexpr const char* kEvaluationSubmitted = "('submitted', 'consolidated', 'accepted')";

// The day a key evaluation's results are due: its final acceptance plus the days, ISO.
void results_due(db::Query& q, const Context& c) {
  if (c.dialect == db::Dialect::sqlite) {
    q.sql("DATE(SUBSTR(k.finalised_at, 1, 10), ")
        .bind("+" + std::to_string(c.results_days) + " days")
        .sql(")");
  } else {
    q.sql("TO_CHAR(CAST(SUBSTR(k.finalised_at, 1, 10) AS DATE) + CAST(")
        .bind(c.results_days)
        .sql(" AS INTEGER), 'YYYY-MM-DD')");
  }
}

// Submitted (and still so) by the due date; alias is the row's table ("r", "e").
void on_time(db::Query& q, const char* alias, const char* states, const char* due) {
  const std::string a(alias);
  q.sql("CASE WHEN " + a + ".submitted_at IS NOT NULL AND SUBSTR(" + a + ".submitted_at, 1, 10)");
  q.sql(" <= ").sql(due).sql(" AND " + a + ".status IN ").sql(states).sql(" THEN 1 ELSE 0 END");
}

void key_on_time(db::Query& q, const Context& c) {
  q.sql("CASE WHEN k.results_sent_at IS NOT NULL AND SUBSTR(k.results_sent_at, 1, 10) <= ");
  results_due(q, c);
  q.sql(" THEN 1 ELSE 0 END");
}

void key_due(db::Query& q, const Context& c) {
  q.sql("k.finalised_at IS NOT NULL AND (k.results_sent_at IS NOT NULL OR ");
  results_due(q, c);
  q.sql(" <= ").bind(c.today).sql(")");
}

std::vector<Counts> timeliness_counts(soci::session& s, const Context& c) {
  db::Query q(
      "SELECT region_id, department_id, CAST(SUM(n) AS BIGINT), CAST(SUM(d) AS BIGINT) "
      "FROM (SELECT r.region_id, r.department_id, ");
  on_time(q, "r", kReportSubmitted, "c.due");
  q.sql(
       " AS n, 1 AS d FROM monitoring_reports r JOIN checkpoints c ON c.id = r.checkpoint_id "
       "WHERE c.year = ")
      .bind(c.year)
      .sql(" AND c.due <= ")
      .bind(c.today)
      .sql(" AND ");
  append_tree(q, c, "r.region_id");
  q.sql(" UNION ALL SELECT e.region_id, e.department_id, ");
  on_time(q, "e", kEvaluationSubmitted, "o.due");
  q.sql(
       " AS n, 1 AS d FROM self_evaluations e JOIN self_evaluation_rounds o ON o.id = "
       "e.round_id WHERE e.year = ")
      .bind(c.year)
      .sql(" AND o.due <= ")
      .bind(c.today)
      .sql(" AND ");
  append_tree(q, c, "e.region_id");
  q.sql(" UNION ALL SELECT k.region_id, 0 AS department_id, ");
  key_on_time(q, c);
  q.sql(" AS n, 1 AS d FROM key_evaluations k WHERE k.year = ").bind(c.year).sql(" AND ");
  key_due(q, c);
  q.sql(" AND ");
  append_tree(q, c, "k.region_id");
  q.sql(") x GROUP BY region_id, department_id");
  return fetch_counts(s, q);
}

void timeliness_rows(db::Query& q, const Context& c, const Subject& subject) {
  q.sql(
      "SELECT 'monitoring_report' AS kind, r.id, COALESCE(p.name, u.name || '部门整体') || "
      "'（' || c.name || '）', u.name, r.budget_fen, ");
  on_time(q, "r", kReportSubmitted, "c.due");
  q.sql(
       ", r.status, '期限 ' || c.due || '，报送 ' || COALESCE(SUBSTR(r.submitted_at, 1, 10), "
       "'未报送') FROM monitoring_reports r JOIN checkpoints c ON c.id = r.checkpoint_id JOIN "
       "units u ON u.id = r.unit_id LEFT JOIN projects p ON p.id = r.project_id WHERE c.year = ")
      .bind(c.year)
      .sql(" AND c.due <= ")
      .bind(c.today)
      .sql(" AND ");
  append_subject(q, c, subject, "r.region_id", "r.department_id");
  q.sql(
      " UNION ALL SELECT 'self_evaluation' AS kind, e.id, COALESCE(p.name, u.name || "
      "'部门整体'), u.name, e.budget_fen, ");
  on_time(q, "e", kEvaluationSubmitted, "o.due");
  q.sql(
       ", e.status, '期限 ' || o.due || '，提交 ' || COALESCE(SUBSTR(e.submitted_at, 1, 10), "
       "'未提交') FROM self_evaluations e JOIN self_evaluation_rounds o ON o.id = e.round_id JOIN "
       "units u ON u.id = e.unit_id LEFT JOIN projects p ON p.id = e.project_id WHERE e.year = ")
      .bind(c.year)
      .sql(" AND o.due <= ")
      .bind(c.today)
      .sql(" AND ");
  append_subject(q, c, subject, "e.region_id", "e.department_id");
  q.sql(" UNION ALL SELECT 'key_evaluation' AS kind, k.id, k.name, '', k.budget_fen, ");
  key_on_time(q, c);
  q.sql(
       ", k.status, '定稿 ' || SUBSTR(k.finalised_at, 1, 10) || '，反馈 ' || "
       "COALESCE(SUBSTR(k.results_sent_at, 1, 10), '未反馈') FROM key_evaluations k WHERE "
       "k.year = ")
      .bind(c.year)
      .sql(" AND ");
  key_due(q, c);
  if (subject.kind == Subject::Kind::department) {
    q.sql(" AND 1 = 0");  // finance's own duty, not a department's
  } else {
    q.sql(" AND ");
    append_subject(q, c, subject, "k.region_id", "k.department_id");
  }
}

std::string timeliness_label(std::string_view kind, std::string_view status) {
  if (kind == "monitoring_report") return workflow_state_label("monitoring_report", status);
  if (kind == "self_evaluation") return workflow_state_label("self_evaluation", status);
  return workflow_state_label("key_evaluation", status);
}

}  // namespace

void add_timeliness_source(Sources& sources) {
  const auto& info = *find_item("timeliness");
  sources.add({info.code, info.label, info.rule_id, info.rule, false, timeliness_counts,
               timeliness_rows, timeliness_label, nullptr});
}

}  // namespace jixiao::appraisal
