// This feature's entries in the side menu: 工作台 (the home page of statistics and to-dos, which
// this feature answers).
#pragma once

#include "menu/menu.h"

namespace jixiao::reports {

void add_menu(menu::Menu& m);

}  // namespace jixiao::reports
