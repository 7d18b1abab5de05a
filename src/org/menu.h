// This feature's entries in the side menu: 组织机构 (regions, units and fiscal years; accounts add
// the users).
#pragma once

#include "menu/menu.h"

namespace jixiao::org {

void add_menu(menu::Menu& m);

}  // namespace jixiao::org
