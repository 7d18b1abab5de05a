// This feature's entries in the side menu: 绩效目标 (the indicator and case libraries, between
// filing and statistics).
#pragma once

#include "menu/menu.h"

namespace jixiao::library {

void add_menu(menu::Menu& m);

}  // namespace jixiao::library
