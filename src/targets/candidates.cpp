#include "targets/candidates.h"

#include "auth/scope_sql.h"
#include "base/text.h"
#include "db/query.h"

namespace jixiao::targets::repo {

std::vector<ProjectCandidate> candidates(soci::session& s, const auth::DataScope& scope,
                                         long long year, const std::optional<std::string>& words,
                                         int limit) {
  db::Query q(
      "SELECT p.id, p.code, p.name, u.name, p.amount_fen FROM projects p "
      "JOIN units u ON u.id = p.unit_id WHERE ");
  auth::append_scope(q, scope, {"p.region_id", "p.department_id", "p.unit_id"});
  q.sql(" AND p.year = ").bind(year).sql(" AND p.status <> 'cancelled'");
  q.sql(
      " AND NOT EXISTS (SELECT 1 FROM targets t WHERE t.project_id = p.id AND t.kind = 'project')");
  if (words && !words->empty())
    q.sql(" AND (p.name LIKE ")
        .bind("%" + escape_like(*words) + "%")
        .sql(" ESCAPE '\\' OR p.code = ")
        .bind(*words)
        .sql(")");
  q.sql(" ORDER BY p.id");
  q.page(limit, 0);
  return db::fetch_all<ProjectCandidate>(s, q, [](soci::statement& st, ProjectCandidate& c) {
    st.exchange(soci::into(c.id));
    st.exchange(soci::into(c.code));
    st.exchange(soci::into(c.name));
    st.exchange(soci::into(c.unit_name));
    st.exchange(soci::into(c.amount_fen));
  });
}

}  // namespace jixiao::targets::repo
