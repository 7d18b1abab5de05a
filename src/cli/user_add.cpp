#include "cli/user_add.h"

#include <cstdio>
#include <iostream>
#include <optional>

#include "accounts/service.h"
#include "base/error.h"
#include "org/repo.h"
#include "org/service.h"

namespace jixiao::cli {

int run_user_add(db::Database& db, const UserAddOptions& o) {
  std::optional<long long> region_id = db.read([&](soci::session& s) -> std::optional<long long> {
    if (auto r = org::repo::find_region_by_code(s, o.region_code)) return r->id;
    return std::nullopt;
  });
  if (!region_id) {
    if (o.region_name.empty() || o.region_level.empty())
      throw invalid("region_code", "地区 " + o.region_code +
                                       " 不存在；新建顶级地区请同时给出 --region-name 和 "
                                       "--region-level");
    org::OrgService org(db);
    region_id = org.ensure_root_region(o.region_code, o.region_name, o.region_level).id;
    std::printf("created region %s %s\n", o.region_code.c_str(), o.region_name.c_str());
  }
  accounts::UserInput in;
  in.username = o.username;
  in.display_name = o.display_name.empty() ? o.username : o.display_name;
  in.role = o.role;
  in.region_id = *region_id;
  if (!o.unit_code.empty()) {
    auto unit = db.read(
        [&](soci::session& s) { return org::repo::find_unit_by_code(s, *region_id, o.unit_code); });
    if (!unit) throw invalid("unit_code", "本地区没有编码为 " + o.unit_code + " 的单位");
    in.unit_id = unit->id;
  }
  std::optional<std::string> password;
  if (o.password_stdin) {
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();  // a password typed on Windows
    password = line;
  }
  accounts::AccountService service(db);
  const auto issued = service.create_by_system(in, password);
  std::printf("created user %s (%s) id %lld\n", issued.user.username.c_str(),
              issued.user.role.c_str(), issued.user.id);
  if (!issued.initial_password.empty())
    std::printf("initial password (must be changed at first login): %s\n",
                issued.initial_password.c_str());
  return 0;
}

}  // namespace jixiao::cli
