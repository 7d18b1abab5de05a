// The rectification rate (R-RA-1): findings of the year closed ÷ due, as the ledger counts them
// (rectify/rules.h: due when its date has come or it is closed), grouped over the findings'
// (source, year, region, department, status, due) index.
#include "appraisal/sources.h"

namespace jixiao::appraisal {

namespace {

std::vector<Counts> rectification_counts(soci::session& s, const Context& c) {
  db::Query q(
      "SELECT region_id, department_id, CAST(SUM(CASE WHEN status = 'closed' THEN 1 ELSE "
      "0 END) AS BIGINT), CAST(COUNT(*) AS BIGINT) FROM findings WHERE year = ");
  q.bind(c.year).sql(" AND (status = 'closed' OR due <= ").bind(c.today).sql(") AND ");
  append_tree(q, c, "region_id");
  q.sql(" GROUP BY region_id, department_id");
  return fetch_counts(s, q);
}

void rectification_rows(db::Query& q, const Context& c, const Subject& subject) {
  q.sql(
      "SELECT 'finding' AS kind, f.id, f.title, u.name, 0, CASE WHEN f.status = 'closed' THEN 1 "
      "ELSE 0 END, f.status, '整改期限 ' || f.due FROM findings f JOIN units u ON u.id = "
      "f.unit_id WHERE f.year = ");
  q.bind(c.year).sql(" AND (f.status = 'closed' OR f.due <= ").bind(c.today).sql(") AND ");
  append_subject(q, c, subject, "f.region_id", "f.department_id");
}

std::string finding_label(std::string_view, std::string_view status) {
  return workflow_state_label("finding", status);
}

}  // namespace

void add_rectification_source(Sources& sources) {
  const auto& info = *find_item("rectification");
  sources.add({info.code, info.label, info.rule_id, info.rule, false, rectification_counts,
               rectification_rows, finding_label, nullptr});
}

}  // namespace jixiao::appraisal
