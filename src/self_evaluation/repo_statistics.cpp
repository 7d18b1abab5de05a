#include "self_evaluation/repo_statistics.h"

#include "auth/scope_sql.h"
#include "db/query.h"
#include "self_evaluation/repo_totals.h"

namespace jixiao::self_evaluation::repo {

std::vector<ProjectCell> project_cells(soci::session& s, long long year,
                                       const auth::DataScope& scope,
                                       long long departments_of_region) {
  // As the year's evaluations are opened: projects the budget holds, approved (批复) or beyond.
  // project_totals keeps no units: a unit's own are counted.
  const bool unit = scope.kind == auth::DataScope::Kind::unit;
  db::Query q("SELECT p.region_id, ");
  append_department(q, departments_of_region, "p.region_id", "p.department_id");
  q.sql(unit ? ", COUNT(*), CAST(SUM(p.amount_fen) AS BIGINT) FROM projects p WHERE "
             : ", CAST(SUM(p.projects) AS BIGINT), CAST(SUM(p.amount_fen) AS BIGINT) FROM "
               "project_totals p WHERE ");
  auth::append_scope(q, scope, {"p.region_id", "p.department_id", unit ? "p.unit_id" : "NULL"});
  q.sql(" AND p.year = ").bind(year);
  q.sql(" AND p.status IN ('approved', 'executing', 'completed') GROUP BY 1, 2");
  q.sql(unit ? "" : " HAVING SUM(p.projects) <> 0");
  return db::fetch_all<ProjectCell>(s, q, [](soci::statement& st, ProjectCell& c) {
    st.exchange(soci::into(c.region_id));
    st.exchange(soci::into(c.department_id));
    st.exchange(soci::into(c.projects));
    st.exchange(soci::into(c.amount_fen));
  });
}

std::vector<FindingCell> finding_cells(soci::session& s, long long year,
                                       const auth::DataScope& scope,
                                       long long departments_of_region) {
  db::Query q("SELECT f.region_id, ");
  append_department(q, departments_of_region, "f.region_id", "f.department_id");
  q.sql(", f.status, f.due, COUNT(*) FROM findings f WHERE ");
  auth::append_scope(q, scope, {"f.region_id", "f.department_id", "f.unit_id"});
  q.sql(" AND f.year = ").bind(year);
  q.sql(" AND f.source = 'self_evaluation_review' GROUP BY 1, 2, 3, 4");
  return db::fetch_all<FindingCell>(s, q, [](soci::statement& st, FindingCell& c) {
    st.exchange(soci::into(c.region_id));
    st.exchange(soci::into(c.department_id));
    st.exchange(soci::into(c.status));
    st.exchange(soci::into(c.due));
    st.exchange(soci::into(c.count));
  });
}

}  // namespace jixiao::self_evaluation::repo
