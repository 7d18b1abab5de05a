#include "org/repo.h"

#include <initializer_list>
#include <utility>

#include "auth/scope_sql.h"
#include "base/clock.h"
#include "base/text.h"
#include "db/query.h"

namespace jixiao::org::repo {

namespace {

// A unit with the names it is shown with; its section is its department's.
constexpr const char* kUnitSelect =
    "SELECT u.id, u.region_id, COALESCE(u.parent_id, 0), COALESCE(u.department_id, 0), "
    "COALESCE(u.section_id, 0), u.code, u.name, u.kind, u.path, u.version, u.created_at, "
    "u.updated_at, r.name, COALESCE(d.name, ''), COALESCE(sc.name, ''), "
    "(SELECT COUNT(*) FROM units c WHERE c.parent_id = u.id) "
    "FROM units u JOIN regions r ON r.id = u.region_id "
    "LEFT JOIN units d ON d.id = u.department_id "
    "LEFT JOIN sections sc ON sc.id = COALESCE(u.section_id, d.section_id) ";

// Exchanges every column of kUnitSelect into u.
void exchange_unit(soci::statement& st, Unit& u) {
  for (auto* v : {&u.id, &u.region_id, &u.parent_id, &u.department_id, &u.section_id})
    st.exchange(soci::into(*v));
  for (auto* v : {&u.code, &u.name, &u.kind, &u.path}) st.exchange(soci::into(*v));
  st.exchange(soci::into(u.version));
  for (auto* v :
       {&u.created_at, &u.updated_at, &u.region_name, &u.department_name, &u.section_name})
    st.exchange(soci::into(*v));
  st.exchange(soci::into(u.child_count));
}

void unit_conditions(db::Query& q, const UnitFilter& f, const auth::DataScope& scope) {
  q.sql("WHERE ");
  auth::append_scope(q, scope, {"u.region_id", "u.department_id", "u.id"});
  if (f.region_id) q.sql(" AND u.region_id = ").bind(*f.region_id);
  if (f.department_id) q.sql(" AND u.department_id = ").bind(*f.department_id);
  if (f.parent_id) q.sql(" AND u.parent_id = ").bind(*f.parent_id);
  if (f.section_id) {
    q.sql(" AND u.department_id IN (SELECT id FROM units WHERE section_id = ")
        .bind(*f.section_id)
        .sql(")");
  }
  if (f.kind) q.sql(" AND u.kind = ").bind(*f.kind);
  if (f.name_contains) {
    const std::string like = "%" + escape_like(*f.name_contains) + "%";
    q.sql(" AND (u.name LIKE ").bind(like).sql(" ESCAPE '\\' OR u.code LIKE ").bind(like);
    q.sql(" ESCAPE '\\')");
  }
}

// Sums "SELECT COUNT(*) FROM <table> WHERE <column> = id" over (table, column) pairs.
long long count_references(soci::session& s, long long id,
                           std::initializer_list<std::pair<const char*, const char*>> refs) {
  long long total = 0;
  for (const auto& [table, column] : refs) {
    db::Query q("SELECT COUNT(*) FROM ");
    q.sql(table).sql(" WHERE ").sql(column).sql(" = ").bind(id);
    total += q.scalar(s);
  }
  return total;
}

// Runs an UPDATE guarded by the row's version; true when it matched.
template <typename... Uses>
bool update_versioned(soci::session& s, const std::string& sql, Uses&&... uses) {
  return db::execute_counting(s, sql, std::forward<Uses>(uses)...) == 1;
}

}  // namespace

// --- Units ------------------------------------------------------------------------------------

std::optional<Unit> find_unit(soci::session& s, long long id) {
  db::Query q(kUnitSelect);
  q.sql("WHERE u.id = ").bind(id);
  return db::fetch_first<Unit>(s, q, exchange_unit);
}

std::optional<Unit> find_unit_by_code(soci::session& s, long long region_id,
                                      const std::string& code) {
  db::Query q(kUnitSelect);
  q.sql("WHERE u.region_id = ").bind(region_id).sql(" AND u.code = ").bind(code);
  return db::fetch_first<Unit>(s, q, exchange_unit);
}

bool unit_in_scope(soci::session& s, long long unit_id, const auth::DataScope& scope) {
  db::Query q("SELECT COUNT(*) FROM units u WHERE u.id = ");
  q.bind(unit_id).sql(" AND ");
  auth::append_scope(q, scope, {"u.region_id", "u.department_id", "u.id"});
  return q.scalar(s) > 0;
}

std::vector<Unit> list_units(soci::session& s, const UnitFilter& f, const auth::DataScope& scope) {
  db::Query q(kUnitSelect);
  unit_conditions(q, f, scope);
  if (f.after_id)
    q.sql(" AND (u.code, u.id) > (").bind(f.after_code).sql(", ").bind(f.after_id).sql(")");
  q.sql(" ORDER BY u.code, u.id").page(f.limit, f.offset);
  return db::fetch_all<Unit>(s, q, exchange_unit);
}

long long count_units(soci::session& s, const UnitFilter& f, const auth::DataScope& scope) {
  db::Query q("SELECT COUNT(*) FROM units u ");
  unit_conditions(q, f, scope);
  return q.scalar(s);
}

long long insert_unit(soci::session& s, const Unit& u) {
  long long id = 0;
  soci::indicator parent_ind = u.parent_id ? soci::i_ok : soci::i_null;
  soci::indicator dept_ind = u.department_id ? soci::i_ok : soci::i_null;
  soci::indicator section_ind = u.section_id ? soci::i_ok : soci::i_null;
  s << "INSERT INTO units (region_id, parent_id, department_id, section_id, code, name, kind, "
       "path, created_at, updated_at) VALUES (:r, :p, :d, :s, :code, :name, :kind, '', :c, :u) "
       "RETURNING id",
      soci::use(u.region_id), soci::use(u.parent_id, parent_ind),
      soci::use(u.department_id, dept_ind), soci::use(u.section_id, section_ind), soci::use(u.code),
      soci::use(u.name), soci::use(u.kind), soci::use(u.created_at), soci::use(u.updated_at),
      soci::into(id);
  // u.path holds the parent's path ("/" for a department); a department heads its own tree.
  const std::string path = u.path + std::to_string(id) + "/";
  const long long department_id = u.department_id ? u.department_id : id;
  s << "UPDATE units SET path = :p, department_id = :d WHERE id = :id", soci::use(path),
      soci::use(department_id), soci::use(id);
  return id;
}

bool update_unit(soci::session& s, const Unit& u, long long expected_version) {
  soci::indicator section_ind = u.section_id ? soci::i_ok : soci::i_null;
  return update_versioned(s,
                          "UPDATE units SET code = :code, name = :name, section_id = :s, "
                          "updated_at = :u, version = version + 1 WHERE id = :id AND version = :v",
                          soci::use(u.code), soci::use(u.name),
                          soci::use(u.section_id, section_ind), soci::use(u.updated_at),
                          soci::use(u.id), soci::use(expected_version));
}

long long unit_references(soci::session& s, long long id) {
  return count_references(s, id,
                          {{"units", "parent_id"}, {"projects", "unit_id"}, {"users", "unit_id"}});
}

void delete_unit(soci::session& s, long long id) {
  s << "DELETE FROM units WHERE id = :id", soci::use(id);
}

// --- Regions, bureaus, sections ----------------------------------------------------------------

namespace {
constexpr const char* kRegionSelect =
    "SELECT id, COALESCE(parent_id, 0), code, name, level, path, version, created_at, updated_at "
    "FROM regions ";

void exchange_region(soci::statement& st, Region& r) {
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.parent_id));
  for (auto* v : {&r.code, &r.name, &r.level, &r.path}) st.exchange(soci::into(*v));
  st.exchange(soci::into(r.version));
  st.exchange(soci::into(r.created_at));
  st.exchange(soci::into(r.updated_at));
}

constexpr const char* kSectionSelect =
    "SELECT s.id, s.bureau_id, s.region_id, s.name, s.kind, s.version, "
    "(SELECT COUNT(*) FROM units u WHERE u.section_id = s.id) FROM sections s ";

void exchange_section(soci::statement& st, Section& sec) {
  for (auto* v : {&sec.id, &sec.bureau_id, &sec.region_id}) st.exchange(soci::into(*v));
  st.exchange(soci::into(sec.name));
  st.exchange(soci::into(sec.kind));
  st.exchange(soci::into(sec.version));
  st.exchange(soci::into(sec.department_count));
}
}  // namespace

std::optional<Region> find_region(soci::session& s, long long id) {
  db::Query q(kRegionSelect);
  q.sql("WHERE id = ").bind(id);
  return db::fetch_first<Region>(s, q, exchange_region);
}

std::optional<Region> find_region_by_code(soci::session& s, const std::string& code) {
  db::Query q(kRegionSelect);
  q.sql("WHERE code = ").bind(code);
  return db::fetch_first<Region>(s, q, exchange_region);
}

bool region_code_taken(soci::session& s, const std::string& code, long long except_id) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM regions WHERE code = :c AND id <> :id", soci::into(n), soci::use(code),
      soci::use(except_id);
  return n > 0;
}

std::vector<Region> list_regions(soci::session& s, const std::string& path_prefix) {
  db::Query q(kRegionSelect);
  q.sql("WHERE path LIKE ").bind(escape_like(path_prefix) + "%").sql(" ESCAPE '\\' ORDER BY path");
  return db::fetch_all<Region>(s, q, exchange_region);
}

long long insert_region(soci::session& s, const Region& r) {
  long long id = 0;
  soci::indicator parent_ind = r.parent_id ? soci::i_ok : soci::i_null;
  s << "INSERT INTO regions (parent_id, code, name, level, path, created_at, updated_at) VALUES "
       "(:p, :code, :name, :level, '', :c, :u) RETURNING id",
      soci::use(r.parent_id, parent_ind), soci::use(r.code), soci::use(r.name), soci::use(r.level),
      soci::use(r.created_at), soci::use(r.updated_at), soci::into(id);
  const std::string path = r.path + std::to_string(id) + "/";  // r.path: the parent's, or "/"
  s << "UPDATE regions SET path = :p WHERE id = :id", soci::use(path), soci::use(id);
  return id;
}

bool update_region(soci::session& s, const Region& r, long long expected_version) {
  return update_versioned(s,
                          "UPDATE regions SET code = :code, name = :name, updated_at = :u, "
                          "version = version + 1 WHERE id = :id AND version = :v",
                          soci::use(r.code), soci::use(r.name), soci::use(r.updated_at),
                          soci::use(r.id), soci::use(expected_version));
}

std::optional<Bureau> find_bureau(soci::session& s, long long id) {
  Bureau b;
  s << "SELECT id, region_id, name, version FROM finance_bureaus WHERE id = :id", soci::into(b.id),
      soci::into(b.region_id), soci::into(b.name), soci::into(b.version), soci::use(id);
  if (!s.got_data()) return std::nullopt;
  return b;
}

std::optional<Bureau> bureau_of_region(soci::session& s, long long region_id) {
  Bureau b;
  s << "SELECT id, region_id, name, version FROM finance_bureaus WHERE region_id = :r",
      soci::into(b.id), soci::into(b.region_id), soci::into(b.name), soci::into(b.version),
      soci::use(region_id);
  if (!s.got_data()) return std::nullopt;
  return b;
}

long long insert_bureau(soci::session& s, const Bureau& b) {
  long long id = 0;
  const std::string now = now_iso();
  s << "INSERT INTO finance_bureaus (region_id, name, created_at, updated_at) VALUES (:r, :n, "
       ":c, :u) RETURNING id",
      soci::use(b.region_id), soci::use(b.name), soci::use(now), soci::use(now), soci::into(id);
  return id;
}

bool update_bureau(soci::session& s, const Bureau& b, long long expected_version) {
  return update_versioned(s,
                          "UPDATE finance_bureaus SET name = :n, updated_at = :u, "
                          "version = version + 1 WHERE id = :id AND version = :v",
                          soci::use(b.name), soci::use(now_iso()), soci::use(b.id),
                          soci::use(expected_version));
}

std::optional<Section> find_section(soci::session& s, long long id) {
  db::Query q(kSectionSelect);
  q.sql("WHERE s.id = ").bind(id);
  return db::fetch_first<Section>(s, q, exchange_section);
}

std::vector<Section> sections_of_region(soci::session& s, long long region_id) {
  db::Query q(kSectionSelect);
  q.sql("WHERE s.region_id = ").bind(region_id);
  // The performance office first, then the business sections in the order they were set up.
  q.sql(" ORDER BY CASE WHEN s.kind = 'performance_office' THEN 0 ELSE 1 END, s.id");
  return db::fetch_all<Section>(s, q, exchange_section);
}

bool section_name_taken(soci::session& s, long long bureau_id, const std::string& name,
                        long long except_id) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM sections WHERE bureau_id = :b AND name = :n AND id <> :id",
      soci::into(n), soci::use(bureau_id), soci::use(name), soci::use(except_id);
  return n > 0;
}

long long insert_section(soci::session& s, const Section& sec) {
  long long id = 0;
  const std::string now = now_iso();
  s << "INSERT INTO sections (bureau_id, region_id, name, kind, created_at, updated_at) VALUES "
       "(:b, :r, :n, :k, :c, :u) RETURNING id",
      soci::use(sec.bureau_id), soci::use(sec.region_id), soci::use(sec.name), soci::use(sec.kind),
      soci::use(now), soci::use(now), soci::into(id);
  return id;
}

bool update_section(soci::session& s, const Section& sec, long long expected_version) {
  return update_versioned(s,
                          "UPDATE sections SET name = :n, updated_at = :u, "
                          "version = version + 1 WHERE id = :id AND version = :v",
                          soci::use(sec.name), soci::use(now_iso()), soci::use(sec.id),
                          soci::use(expected_version));
}

long long section_references(soci::session& s, long long id) {
  return count_references(s, id, {{"units", "section_id"}, {"users", "section_id"}});
}

void delete_section(soci::session& s, long long id) {
  s << "DELETE FROM sections WHERE id = :id", soci::use(id);
}

// --- Fiscal years -----------------------------------------------------------------------------

namespace {
constexpr const char* kYearSelect =
    "SELECT id, region_id, year, status, version, created_at, updated_at FROM fiscal_years ";

void exchange_year(soci::statement& st, FiscalYear& y) {
  for (auto* v : {&y.id, &y.region_id, &y.year}) st.exchange(soci::into(*v));
  st.exchange(soci::into(y.status));
  st.exchange(soci::into(y.version));
  st.exchange(soci::into(y.created_at));
  st.exchange(soci::into(y.updated_at));
}
}  // namespace

bool fiscal_year_open(soci::session& s, long long region_id, long long year) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM fiscal_years WHERE region_id = :r AND year = :y AND status = 'open'",
      soci::into(n), soci::use(region_id), soci::use(year);
  return n > 0;
}

std::optional<FiscalYear> find_fiscal_year(soci::session& s, long long id) {
  db::Query q(kYearSelect);
  q.sql("WHERE id = ").bind(id);
  return db::fetch_first<FiscalYear>(s, q, exchange_year);
}

std::vector<FiscalYear> fiscal_years_of_region(soci::session& s, long long region_id) {
  db::Query q(kYearSelect);
  q.sql("WHERE region_id = ").bind(region_id).sql(" ORDER BY year DESC");
  return db::fetch_all<FiscalYear>(s, q, exchange_year);
}

long long insert_fiscal_year(soci::session& s, const FiscalYear& y) {
  long long id = 0;
  s << "INSERT INTO fiscal_years (region_id, year, status, created_at, updated_at) VALUES (:r, "
       ":y, :s, :c, :u) RETURNING id",
      soci::use(y.region_id), soci::use(y.year), soci::use(y.status), soci::use(y.created_at),
      soci::use(y.updated_at), soci::into(id);
  return id;
}

bool update_fiscal_year(soci::session& s, const FiscalYear& y, long long expected_version) {
  return update_versioned(s,
                          "UPDATE fiscal_years SET status = :s, updated_at = :u, version = "
                          "version + 1 WHERE id = :id AND version = :v",
                          soci::use(y.status), soci::use(y.updated_at), soci::use(y.id),
                          soci::use(expected_version));
}

}  // namespace jixiao::org::repo
