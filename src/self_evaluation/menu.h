// This feature's entries in the side menu: 绩效自评 (filling, the department's consolidation,
// the office's acceptance and the year's rounds).
#pragma once

#include "menu/menu.h"

namespace jixiao::self_evaluation {

void add_menu(menu::Menu& m);

}  // namespace jixiao::self_evaluation
