// This feature's entries in the side menu: 组织机构 (user management, between units and fiscal
// years).
#pragma once

#include "menu/menu.h"

namespace jixiao::accounts {

void add_menu(menu::Menu& m);

}  // namespace jixiao::accounts
