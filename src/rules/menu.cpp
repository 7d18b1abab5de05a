#include "rules/menu.h"

namespace jixiao::rules {

void add_menu(menu::Menu& m) {
  const menu::Group kTargets{"绩效目标", "Aim", 30};

  m.add(kTargets, {"/rules", "规则设置", {"admin", "performance_office"}, 60});
}

}  // namespace jixiao::rules
