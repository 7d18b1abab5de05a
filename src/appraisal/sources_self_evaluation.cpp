// Self-evaluation coverage by number and money and the review's inflation (R-RV-2), from the
// kept totals (self_evaluation_totals, migrations 0021 and 0029).
#include "appraisal/scorecard.h"
#include "appraisal/sources.h"

namespace jixiao::appraisal {

namespace {

constexpr const char* kSubmitted = "('submitted', 'consolidated', 'accepted')";

std::vector<Counts> count_counts(soci::session& s, const Context& c) {
  db::Query q(
      "SELECT region_id, department_id, CAST(SUM(submitted + consolidated + accepted) AS "
      "BIGINT), CAST(SUM(evaluations) AS BIGINT) FROM self_evaluation_totals WHERE year = ");
  q.bind(c.year).sql(" AND ");
  append_tree(q, c, "region_id");
  q.sql(" GROUP BY region_id, department_id");
  return fetch_counts(s, q);
}

std::vector<Counts> money_counts(soci::session& s, const Context& c) {
  db::Query q(
      "SELECT region_id, department_id, CAST(SUM(submitted_fen) AS BIGINT), CAST(SUM(budget_fen) "
      "AS BIGINT) FROM self_evaluation_totals WHERE year = ");
  q.bind(c.year).sql(" AND ");
  append_tree(q, c, "region_id");
  q.sql(" GROUP BY region_id, department_id");
  return fetch_counts(s, q);
}

void evaluation_rows(db::Query& q, const Context& c, const Subject& subject) {
  q.sql(
      "SELECT 'self_evaluation' AS kind, e.id, COALESCE(p.name, u.name || '部门整体'), u.name, "
      "e.budget_fen, CASE WHEN e.status IN ");
  q.sql(kSubmitted)
      .sql(
          " THEN 1 ELSE 0 END, e.status, CASE WHEN e.submitted_at IS NULL THEN '' ELSE '提交于 ' "
          "|| "
          "SUBSTR(e.submitted_at, 1, 10) END FROM self_evaluations "
          "e JOIN units u ON u.id = e.unit_id LEFT JOIN projects p ON p.id = "
          "e.project_id WHERE e.year = ");
  q.bind(c.year).sql(" AND ");
  append_subject(q, c, subject, "e.region_id", "e.department_id");
}

std::vector<Counts> inflation_counts(soci::session& s, const Context& c) {
  db::Query q(
      "SELECT region_id, department_id, CAST(SUM(reviewed - inflated) AS BIGINT), "
      "CAST(SUM(reviewed) AS BIGINT) FROM self_evaluation_totals WHERE year = ");
  q.bind(c.year).sql(" AND ");
  append_tree(q, c, "region_id");
  q.sql(" GROUP BY region_id, department_id");
  return fetch_counts(s, q);
}

void inflation_rows(db::Query& q, const Context& c, const Subject& subject) {
  // The note: the self score against the review's, in points.
  q.sql(
      "SELECT 'self_evaluation' AS kind, e.id, COALESCE(p.name, u.name || '部门整体'), u.name, "
      "e.budget_fen, CASE WHEN x.inflated = 0 THEN 1 ELSE 0 END, CASE WHEN x.inflated = 0 THEN "
      "'not_inflated' ELSE 'inflated' END, CAST(COALESCE(e.self_total, e.computed_total) AS TEXT) "
      "|| '/' || CAST(COALESCE(x.review_total, 0) AS TEXT) "
      "FROM self_evaluation_review_samples x JOIN self_evaluations e ON e.id = x.evaluation_id "
      "JOIN units u ON u.id = e.unit_id LEFT JOIN projects p ON p.id = e.project_id WHERE "
      "x.status = 'reviewed' AND e.year = ");
  q.bind(c.year).sql(" AND ");
  append_subject(q, c, subject, "e.region_id", "e.department_id");
}

std::string evaluation_label(std::string_view, std::string_view status) {
  return workflow_state_label("self_evaluation", status);
}

// "8950/7500" → 自评 89.50 分，复核 75.00 分.
std::string inflation_note(std::string_view note) {
  const auto slash = note.find('/');
  if (slash == std::string_view::npos) return std::string(note);
  const auto self = std::stoll(std::string(note.substr(0, slash)));
  const auto review = std::stoll(std::string(note.substr(slash + 1)));
  return "自评 " + points_text(self) + " 分，复核 " + points_text(review) + " 分";
}

std::string inflation_label(std::string_view, std::string_view status) {
  return status == "inflated" ? "虚高" : "未虚高";
}

}  // namespace

void add_self_evaluation_sources(Sources& sources) {
  const auto& count = *find_item("self_evaluation_count");
  sources.add({count.code, count.label, count.rule_id, count.rule, false, count_counts,
               evaluation_rows, evaluation_label, nullptr});
  const auto& money = *find_item("self_evaluation_money");
  sources.add({money.code, money.label, money.rule_id, money.rule, true, money_counts,
               evaluation_rows, evaluation_label, nullptr});
  const auto& inflation = *find_item("inflation");
  sources.add({inflation.code, inflation.label, inflation.rule_id, inflation.rule, false,
               inflation_counts, inflation_rows, inflation_label, inflation_note});
}

}  // namespace jixiao::appraisal
