#include "key_evaluation/agency_report_repo.h"

#include "auth/scope_sql.h"
#include "db/query.h"

namespace jixiao::key_evaluation::agency_report_repo {

std::vector<AgencyYearCounts> year_counts(soci::session& s, const std::string& region_path,
                                          long long agency_id, long long year_from,
                                          long long year_to) {
  // On time: the final report accepted on or before the plan's deadline (both ISO, so the
  // date's text compares as the date).
  db::Query q(
      "SELECT e.agency_id, a.name, e.year, COUNT(*), "
      "SUM(CASE WHEN e.quality_score IS NULL THEN 0 ELSE 1 END), "
      "COALESCE(SUM(e.quality_score), 0), "
      "SUM(CASE WHEN e.finalised_at IS NULL THEN 0 ELSE 1 END), "
      "SUM(CASE WHEN e.finalised_at IS NOT NULL AND SUBSTR(e.finalised_at, 1, 10) <= e.due "
      "THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN e.quality_score IS NOT NULL AND e.reworked = 1 THEN 1 ELSE 0 END), "
      "COALESCE(SUM(CASE WHEN e.fee_payable_fen IS NULL THEN 0 ELSE e.contract_fee_fen END), 0), "
      "COALESCE(SUM(e.fee_payable_fen), 0) "
      "FROM key_evaluations e JOIN agencies a ON a.id = e.agency_id WHERE e.year >= ");
  q.bind(year_from).sql(" AND e.year <= ").bind(year_to);
  if (!region_path.empty()) {
    q.sql(" AND e.region_id IN (");
    auth::append_regions_under(q, region_path);
    q.sql(")");
  }
  if (agency_id) q.sql(" AND e.agency_id = ").bind(agency_id);
  q.sql(" GROUP BY e.agency_id, a.name, e.year ORDER BY e.year, e.agency_id");
  return db::fetch_all<AgencyYearCounts>(s, q, [](soci::statement& st, AgencyYearCounts& c) {
    st.exchange(soci::into(c.agency_id));
    st.exchange(soci::into(c.agency_name));
    for (auto* v : {&c.year, &c.evaluations, &c.scored, &c.quality_sum, &c.finalised, &c.on_time,
                    &c.reworked, &c.contract_fen, &c.payable_fen})
      st.exchange(soci::into(*v));
  });
}

}  // namespace jixiao::key_evaluation::agency_report_repo
