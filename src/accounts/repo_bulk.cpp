#include "accounts/repo_bulk.h"

namespace jixiao::accounts::repo {

void insert_bulk(soci::session& s, const std::vector<User>& users,
                 const std::string& password_hash) {
  if (users.empty()) return;  // SOCI cannot bulk-bind empty vectors
  std::vector<std::string> names, displays, roles, hashes, created, updated;
  std::vector<long long> regions, units, sections, must_change;
  std::vector<soci::indicator> unit_ind, section_ind;
  for (const User& u : users) {
    names.push_back(u.username);
    displays.push_back(u.display_name);
    roles.push_back(u.role);
    hashes.push_back(password_hash);
    created.push_back(u.created_at);
    updated.push_back(u.updated_at);
    regions.push_back(u.region_id);
    units.push_back(u.unit_id);
    unit_ind.push_back(u.unit_id ? soci::i_ok : soci::i_null);
    sections.push_back(u.section_id);
    section_ind.push_back(u.section_id ? soci::i_ok : soci::i_null);
    must_change.push_back(u.must_change_password ? 1 : 0);
  }
  s << "INSERT INTO users (username, display_name, password_hash, role, region_id, unit_id, "
       "section_id, must_change_password, active, created_at, updated_at) VALUES (:u, :d, :h, "
       ":r, :g, :un, :s, :m, 1, :a, :b)",
      soci::use(names), soci::use(displays), soci::use(hashes), soci::use(roles),
      soci::use(regions), soci::use(units, unit_ind), soci::use(sections, section_ind),
      soci::use(must_change), soci::use(created), soci::use(updated);
}

}  // namespace jixiao::accounts::repo
