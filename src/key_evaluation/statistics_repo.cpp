#include "key_evaluation/statistics_repo.h"

#include "auth/scope_sql.h"
#include "db/query.h"

namespace jixiao::key_evaluation::statistics_repo {

std::vector<EvaluationCell> evaluation_cells(soci::session& s, long long year,
                                             const auth::DataScope& scope) {
  db::Query q(
      "SELECT e.region_id, e.kind, e.fund_type, COALESCE(e.grade, ''), e.status, e.mode, "
      "COUNT(*), SUM(e.budget_fen), "
      "SUM(CASE WHEN e.agency_id IS NOT NULL THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN e.agency_id IS NOT NULL THEN e.contract_fee_fen ELSE 0 END), "
      "SUM(CASE WHEN e.fee_payable_fen IS NOT NULL THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN e.fee_payable_fen IS NOT NULL THEN e.contract_fee_fen ELSE 0 END), "
      "SUM(COALESCE(e.fee_payable_fen, 0)) FROM key_evaluations e WHERE ");
  auth::append_scope(q, scope, {"e.region_id", "e.department_id", "e.unit_id"});
  q.sql(" AND e.year = ").bind(year);
  q.sql(" GROUP BY e.region_id, e.kind, e.fund_type, COALESCE(e.grade, ''), e.status, e.mode");
  return db::fetch_all<EvaluationCell>(s, q, [](soci::statement& st, EvaluationCell& c) {
    st.exchange(soci::into(c.region_id));
    for (auto* v : {&c.kind, &c.fund_type, &c.grade, &c.status, &c.mode})
      st.exchange(soci::into(*v));
    for (auto* v : {&c.count, &c.budget_fen, &c.commissioned, &c.contract_fen, &c.settled,
                    &c.settled_contract_fen, &c.payable_fen})
      st.exchange(soci::into(*v));
  });
}

std::vector<FindingCell> finding_cells(soci::session& s, long long year,
                                       const auth::DataScope& scope) {
  db::Query q("SELECT f.region_id, f.status, f.due, COUNT(*) FROM findings f WHERE ");
  auth::append_scope(q, scope, {"f.region_id", "f.department_id", "f.unit_id"});
  q.sql(" AND f.year = ").bind(year);
  q.sql(" AND f.source = 'key_evaluation' GROUP BY f.region_id, f.status, f.due");
  return db::fetch_all<FindingCell>(s, q, [](soci::statement& st, FindingCell& c) {
    st.exchange(soci::into(c.region_id));
    st.exchange(soci::into(c.status));
    st.exchange(soci::into(c.due));
    st.exchange(soci::into(c.count));
  });
}

}  // namespace jixiao::key_evaluation::statistics_repo
