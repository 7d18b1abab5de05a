// The targets' items: coverage by count and by money from the kept totals (project_totals,
// target_totals), and the review's first-pass rate (target_totals.first_pass, migration 0012).
#include "appraisal/sources.h"

namespace jixiao::appraisal {

namespace {

// A project counts once it is declared: draft, returned and cancelled ones are not due a target.
constexpr const char* kDeclared = "('declared', 'approved', 'executing', 'completed')";

std::vector<Counts> coverage_counts(soci::session& s, const Context& c, bool money) {
  const char* measure = money ? "amount_fen" : "targets";
  const char* projects = money ? "amount_fen" : "projects";
  db::Query q(
      "SELECT region_id, department_id, CAST(SUM(n) AS BIGINT), CAST(SUM(d) AS BIGINT) "
      "FROM (SELECT region_id, department_id, ");
  q.sql(measure).sql(" AS n, 0 AS d FROM target_totals WHERE year = ").bind(c.year);
  q.sql(" AND kind = 'project' AND cancelled = 0 AND status = 'approved' AND ");
  append_tree(q, c, "region_id");
  q.sql(" UNION ALL SELECT region_id, department_id, 0 AS n, ").sql(projects);
  q.sql(" AS d FROM project_totals WHERE year = ").bind(c.year).sql(" AND status IN ");
  q.sql(kDeclared).sql(" AND ");
  append_tree(q, c, "region_id");
  q.sql(") x GROUP BY region_id, department_id");
  return fetch_counts(s, q);
}

void coverage_rows(db::Query& q, const Context& c, const Subject& subject) {
  // A project is counted when it has an approved project target.
  q.sql(
      "SELECT kind, id, title, unit_name, amount_fen, counted, status, CASE WHEN counted = 1 "
      "THEN '绩效目标已批复' ELSE '没有已批复的绩效目标' END FROM (SELECT 'project' AS kind, "
      "p.id AS id, p.name AS title, u.name AS unit_name, p.amount_fen AS amount_fen, CASE WHEN "
      "EXISTS (SELECT 1 FROM targets t WHERE t.project_id = p.id AND t.kind = 'project' AND "
      "t.status = 'approved') THEN 1 ELSE 0 END AS counted, p.status AS status FROM projects p "
      "JOIN units u ON u.id = p.unit_id WHERE p.year = ");
  q.bind(c.year).sql(" AND p.status IN ").sql(kDeclared).sql(" AND ");
  append_subject(q, c, subject, "p.region_id", "p.department_id");
  q.sql(") y");
}

std::vector<Counts> first_pass_counts(soci::session& s, const Context& c) {
  db::Query q(
      "SELECT region_id, department_id, CAST(SUM(first_pass) AS BIGINT), "
      "CAST(SUM(targets) AS BIGINT) FROM target_totals WHERE year = ");
  q.bind(c.year).sql(" AND cancelled = 0 AND status = 'approved' AND ");
  append_tree(q, c, "region_id");
  q.sql(" GROUP BY region_id, department_id");
  return fetch_counts(s, q);
}

void first_pass_rows(db::Query& q, const Context& c, const Subject& subject) {
  q.sql(
      "SELECT 'target' AS kind, t.id, COALESCE(p.name, u.name || '部门整体绩效目标'), u.name, "
      "COALESCE(p.amount_fen, 0), CASE WHEN t.returns = 0 THEN 1 ELSE 0 END, t.status, "
      "CASE WHEN t.returns = 0 THEN '一次通过' ELSE '退回 ' || CAST(t.returns AS TEXT) || ' 次' "
      "END FROM targets t JOIN units u ON u.id = t.unit_id LEFT JOIN projects p ON p.id = "
      "t.project_id WHERE t.year = ");
  q.bind(c.year).sql(
      " AND t.status = 'approved' AND (p.id IS NULL OR p.status <> 'cancelled') "
      "AND ");
  append_subject(q, c, subject, "t.region_id", "t.department_id");
}

std::string project_label(std::string_view, std::string_view status) {
  return workflow_state_label("project", status);
}

std::string target_label(std::string_view, std::string_view status) {
  return workflow_state_label("target", status);
}

}  // namespace

void add_target_sources(Sources& sources) {
  for (const bool money : {false, true}) {
    const auto& info = *find_item(money ? "target_money" : "target_count");
    sources.add(
        {info.code, info.label, info.rule_id, info.rule, money,
         [money](soci::session& s, const Context& c) { return coverage_counts(s, c, money); },
         coverage_rows, project_label, nullptr});
  }
  const auto& info = *find_item("target_first_pass");
  sources.add({info.code, info.label, info.rule_id, info.rule, false, first_pass_counts,
               first_pass_rows, target_label, nullptr});
}

}  // namespace jixiao::appraisal
