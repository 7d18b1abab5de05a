// The disclosure rate (R-DI-1, R-MON-2): items published ÷ items due, as the office's cards count
// them (disclosure/rate_repo: due once its date has come, or once published), grouped over the
// year's items of the tree.
#include "appraisal/sources.h"

namespace jixiao::appraisal {

namespace {

std::vector<Counts> disclosure_counts(soci::session& s, const Context& c) {
  db::Query q(
      "SELECT region_id, COALESCE(department_id, 0), CAST(SUM(CASE WHEN status = 'published' "
      "THEN 1 ELSE 0 END) AS BIGINT), CAST(COUNT(*) AS BIGINT) FROM disclosures WHERE year = ");
  q.bind(c.year).sql(" AND (status = 'published' OR due <= ").bind(c.today).sql(") AND ");
  append_tree(q, c, "region_id");
  q.sql(" GROUP BY region_id, COALESCE(department_id, 0)");
  return fetch_counts(s, q);
}

void disclosure_rows(db::Query& q, const Context& c, const Subject& subject) {
  q.sql(
      "SELECT 'disclosure' AS kind, d.id, d.title, COALESCE(u.name, ''), 0, CASE WHEN "
      "d.status = 'published' THEN 1 ELSE 0 END, d.status, '应公开日期 ' || d.due FROM "
      "disclosures d LEFT JOIN units u ON u.id = d.unit_id WHERE d.year = ");
  q.bind(c.year).sql(" AND (d.status = 'published' OR d.due <= ").bind(c.today).sql(") AND ");
  append_subject(q, c, subject, "d.region_id", "d.department_id");
}

std::string disclosure_label(std::string_view, std::string_view status) {
  return workflow_state_label("disclosure", status);
}

}  // namespace

void add_disclosure_source(Sources& sources) {
  const auto& info = *find_item("disclosure");
  sources.add({info.code, info.label, info.rule_id, info.rule, false, disclosure_counts,
               disclosure_rows, disclosure_label, nullptr});
}

}  // namespace jixiao::appraisal
