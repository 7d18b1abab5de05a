// The self-evaluation statistics' entry in the side menu: 自评统计 in the group 绩效自评, named as
// self_evaluation/menu.cpp names it, so that the two fill one group.
#pragma once

#include "menu/menu.h"

namespace jixiao::self_evaluation {

void add_statistics_menu(menu::Menu& m);

}  // namespace jixiao::self_evaluation
