#include "auth/scope_sql.h"

namespace jixiao::auth {

void append_regions_under(db::Query& q, const std::string& path) {
  // A prefix compared as a substring rather than by LIKE: SQLite prepares a LIKE with a bound
  // pattern again at each use (the pattern may change the plan), which undid the kept statement.
  // Regions are few (a province has a few hundred), so either way it is a small scan.
  q.sql("SELECT id FROM regions WHERE SUBSTR(path, 1, ")
      .bind(static_cast<long long>(path.size()))
      .sql(") = ")
      .bind(path);
}

void append_scope(db::Query& q, const DataScope& scope, const ScopeColumns& cols) {
  using K = DataScope::Kind;
  switch (scope.kind) {
    case K::region_tree:
      q.sql("(").sql(cols.region_id).sql(" IN (");
      append_regions_under(q, scope.path);
      q.sql("))");
      return;
    case K::region:
      q.sql("(").sql(cols.region_id).sql(" = ").bind(scope.id).sql(")");
      return;
    case K::section:
      q.sql("(").sql(cols.department_id);
      q.sql(" IN (SELECT id FROM units WHERE section_id = ").bind(scope.id).sql("))");
      return;
    case K::department:
      q.sql("(").sql(cols.department_id).sql(" = ").bind(scope.id).sql(")");
      return;
    case K::unit:
      q.sql("(").sql(cols.unit_id).sql(" = ").bind(scope.id).sql(")");
      return;
    case K::none:
      break;
  }
  q.sql("(1 = 0)");
}

void append_page_scope(soci::session& s, db::Query& q, const DataScope& scope,
                       const ScopeColumns& cols) {
  if (scope.kind != DataScope::Kind::region_tree) {
    append_scope(q, scope, cols);
    return;
  }
  db::Query count("SELECT COUNT(*) FROM (");
  append_regions_under(count, scope.path);
  count.sql(") r");
  if (count.scalar(s) == 1) {
    q.sql("(").sql(cols.region_id).sql(" = ").bind(scope.id).sql(")");
    return;
  }
  q.sql("(+").sql(cols.region_id).sql(" IN (");
  append_regions_under(q, scope.path);
  q.sql("))");
}

}  // namespace jixiao::auth
