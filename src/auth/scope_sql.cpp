#include "auth/scope_sql.h"

namespace jixiao::auth {

void append_scope(db::Query& q, const DataScope& scope, const ScopeColumns& cols) {
  using K = DataScope::Kind;
  switch (scope.kind) {
    case K::region_tree:
      // Regions are few (a province has a few hundred): the subquery is a small scan.
      q.sql("(").sql(cols.region_id).sql(" IN (SELECT id FROM regions WHERE path LIKE ");
      q.bind(scope.path + "%").sql("))");
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

}  // namespace jixiao::auth
