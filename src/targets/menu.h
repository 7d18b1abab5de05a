// This feature's entries in the side menu: 绩效目标 (filing, review and statistics; library and
// rules fill the same group).
#pragma once

#include "menu/menu.h"

namespace jixiao::targets {

void add_menu(menu::Menu& m);

}  // namespace jixiao::targets
