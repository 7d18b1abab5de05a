#include "org/repo.h"

#include "auth/scope_sql.h"
#include "db/query.h"

namespace jixiao::org::repo {

namespace {

constexpr const char* kUnitColumns =
    "SELECT id, region_id, COALESCE(parent_id, 0), COALESCE(department_id, 0), "
    "COALESCE(section_id, 0), code, name, kind, path, version, created_at, updated_at FROM units ";

// Runs a query that selects kUnitColumns; the first row, if any.
std::optional<Unit> first_unit(soci::session& s, db::Query& q) {
  Unit u;
  soci::statement st(s);
  for (auto* v : {&u.id, &u.region_id, &u.parent_id, &u.department_id, &u.section_id})
    st.exchange(soci::into(*v));
  for (auto* v : {&u.code, &u.name, &u.kind, &u.path}) st.exchange(soci::into(*v));
  st.exchange(soci::into(u.version));
  st.exchange(soci::into(u.created_at));
  st.exchange(soci::into(u.updated_at));
  q.execute(st);
  if (!st.fetch()) return std::nullopt;
  return u;
}

}  // namespace

std::optional<Unit> find_unit(soci::session& s, long long id) {
  db::Query q(kUnitColumns);
  q.sql("WHERE id = ").bind(id);
  return first_unit(s, q);
}

std::optional<Unit> find_unit_by_code(soci::session& s, long long region_id,
                                      const std::string& code) {
  db::Query q(kUnitColumns);
  q.sql("WHERE region_id = ").bind(region_id).sql(" AND code = ").bind(code);
  return first_unit(s, q);
}

std::optional<Region> find_region(soci::session& s, long long id) {
  Region r;
  s << "SELECT id, COALESCE(parent_id, 0), code, name, level, path, version, created_at, "
       "updated_at FROM regions WHERE id = :id",
      soci::into(r.id), soci::into(r.parent_id), soci::into(r.code), soci::into(r.name),
      soci::into(r.level), soci::into(r.path), soci::into(r.version), soci::into(r.created_at),
      soci::into(r.updated_at), soci::use(id);
  if (!s.got_data()) return std::nullopt;
  return r;
}

bool unit_in_scope(soci::session& s, long long unit_id, const auth::DataScope& scope) {
  db::Query q("SELECT COUNT(*) FROM units u WHERE u.id = ");
  q.bind(unit_id).sql(" AND ");
  auth::append_scope(q, scope, {"u.region_id", "u.department_id", "u.id"});
  long long n = 0;
  soci::statement st(s);
  st.exchange(soci::into(n));
  q.execute(st, true);
  return n > 0;
}

bool fiscal_year_open(soci::session& s, long long region_id, long long year) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM fiscal_years WHERE region_id = :r AND year = :y AND status = 'open'",
      soci::into(n), soci::use(region_id), soci::use(year);
  return n > 0;
}

}  // namespace jixiao::org::repo
