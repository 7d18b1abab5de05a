#include "org/repo_bulk.h"

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

}  // namespace jixiao::org::repo
