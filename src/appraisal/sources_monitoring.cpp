// Monitoring coverage by count and by money from the kept totals (monitoring_totals, migration
// 0016): the reports of the year's checkpoints whose reports were due by the day counted, and
// those of them submitted (at the section, the office, or accepted).
#include "appraisal/sources.h"

namespace jixiao::appraisal {

namespace {

constexpr const char* kSubmitted = "('submitted', 'checked', 'accepted')";

std::vector<Counts> monitoring_counts(soci::session& s, const Context& c, bool money) {
  const char* measure = money ? "m.budget_fen" : "m.reports";
  db::Query q("SELECT m.region_id, m.department_id, CAST(SUM(CASE WHEN m.status IN ");
  q.sql(kSubmitted).sql(" THEN ").sql(measure).sql(" ELSE 0 END) AS BIGINT), CAST(SUM(");
  q.sql(measure).sql(
      ") AS BIGINT) FROM monitoring_totals m JOIN checkpoints c ON c.id = "
      "m.checkpoint_id WHERE c.year = ");
  q.bind(c.year).sql(" AND c.due <= ").bind(c.today).sql(" AND ");
  append_tree(q, c, "m.region_id");
  q.sql(" GROUP BY m.region_id, m.department_id");
  return fetch_counts(s, q);
}

void monitoring_rows(db::Query& q, const Context& c, const Subject& subject) {
  q.sql(
      "SELECT 'monitoring_report' AS kind, r.id, COALESCE(p.name, u.name || '部门整体') || "
      "'（' || c.name || '）', u.name, r.budget_fen, CASE WHEN r.status IN ");
  q.sql(kSubmitted)
      .sql(
          " THEN 1 ELSE 0 END, r.status, '报送期限 ' || c.due FROM "
          "monitoring_reports r JOIN checkpoints c ON c.id = r.checkpoint_id JOIN "
          "units u ON u.id = r.unit_id LEFT JOIN projects p ON p.id = r.project_id "
          "WHERE c.year = ");
  q.bind(c.year).sql(" AND c.due <= ").bind(c.today).sql(" AND ");
  append_subject(q, c, subject, "r.region_id", "r.department_id");
}

std::string report_label(std::string_view, std::string_view status) {
  return workflow_state_label("monitoring_report", status);
}

}  // namespace

void add_monitoring_sources(Sources& sources) {
  for (const bool money : {false, true}) {
    const auto& info = *find_item(money ? "monitoring_money" : "monitoring_count");
    sources.add(
        {info.code, info.label, info.rule_id, info.rule, money,
         [money](soci::session& s, const Context& c) { return monitoring_counts(s, c, money); },
         monitoring_rows, report_label, nullptr});
  }
}

}  // namespace jixiao::appraisal
