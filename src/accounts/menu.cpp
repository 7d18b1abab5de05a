#include "accounts/menu.h"

namespace jixiao::accounts {

void add_menu(menu::Menu& m) {
  const menu::Group kOrg{"组织机构", "OfficeBuilding", 90};

  m.add(kOrg, {"/org/users", "用户管理", {"admin", "performance_office"}, 30});
  // Other systems' accounts and their API tokens: the administrator's (integrations).
  m.add(kOrg, {"/org/service-accounts", "接口账号", {"admin"}, 35});
}

}  // namespace jixiao::accounts
