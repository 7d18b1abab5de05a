#include "accounts/menu.h"

namespace jixiao::accounts {

void add_menu(menu::Menu& m) {
  const menu::Group kOrg{"组织机构", "OfficeBuilding", 90};

  m.add(kOrg, {"/org/users", "用户管理", {"admin", "performance_office"}, 30});
}

}  // namespace jixiao::accounts
