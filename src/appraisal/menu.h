// The side menu's 绩效考核 group.
#pragma once

#include "menu/menu.h"

namespace jixiao::appraisal {

void add_menu(menu::Menu& m);

}  // namespace jixiao::appraisal
