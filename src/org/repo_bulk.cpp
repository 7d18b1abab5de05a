#include "org/repo_bulk.h"

#include "org/repo.h"

namespace jixiao::org::repo {

bool has_regions(soci::session& s) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM regions", soci::into(n);
  return n > 0;
}

long long insert_bureau(soci::session& s, const Bureau& b, const std::string& at) {
  long long id = 0;
  s << "INSERT INTO finance_bureaus (region_id, name, created_at, updated_at) VALUES (:r, :n, "
       ":c, :u) RETURNING id",
      soci::use(b.region_id), soci::use(b.name), soci::use(at), soci::use(at), soci::into(id);
  return id;
}

long long insert_section(soci::session& s, const Section& sec, const std::string& at) {
  long long id = 0;
  s << "INSERT INTO sections (bureau_id, region_id, name, kind, created_at, updated_at) VALUES "
       "(:b, :r, :n, :k, :c, :u) RETURNING id",
      soci::use(sec.bureau_id), soci::use(sec.region_id), soci::use(sec.name), soci::use(sec.kind),
      soci::use(at), soci::use(at), soci::into(id);
  return id;
}

long long insert_department(soci::session& s, long long region_id, long long section_id,
                            const std::string& code, const std::string& name,
                            const std::string& at) {
  Unit u;
  u.region_id = region_id;
  u.section_id = section_id;
  u.code = code;
  u.name = name;
  u.kind = "department";
  u.path = "/";
  u.created_at = u.updated_at = at;
  return insert_unit(s, u);
}

long long insert_department_unit(soci::session& s, long long region_id, long long department_id,
                                 const std::string& code, const std::string& name,
                                 const std::string& at) {
  Unit u;
  u.region_id = region_id;
  u.parent_id = u.department_id = department_id;
  u.code = code;
  u.name = name;
  u.kind = "unit";
  u.path = "/" + std::to_string(department_id) + "/";
  u.created_at = u.updated_at = at;
  return insert_unit(s, u);
}

}  // namespace jixiao::org::repo
