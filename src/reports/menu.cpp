#include "reports/menu.h"

namespace jixiao::reports {

void add_menu(menu::Menu& m) {
  const menu::Group kWorkbench{"工作台", "HomeFilled", 10};

  m.add(kWorkbench, {"/home", "首页", {"*"}, 10});
}

}  // namespace jixiao::reports
