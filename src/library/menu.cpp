#include "library/menu.h"

namespace jixiao::library {

void add_menu(menu::Menu& m) {
  const menu::Group kTargets{"绩效目标", "Aim", 30};

  m.add(kTargets, {"/library/indicators", "指标库", {"*"}, 30});
  m.add(kTargets, {"/library/cases", "案例库", {"*"}, 40});
}

}  // namespace jixiao::library
