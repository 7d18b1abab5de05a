// This feature's entries in the side menu: 绩效目标 (the rule settings, last).
#pragma once

#include "menu/menu.h"

namespace jixiao::rules {

void add_menu(menu::Menu& m);

}  // namespace jixiao::rules
