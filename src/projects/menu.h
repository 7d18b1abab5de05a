// This feature's entries in the side menu: 项目库.
#pragma once

#include "menu/menu.h"

namespace jixiao::projects {

void add_menu(menu::Menu& m);

}  // namespace jixiao::projects
