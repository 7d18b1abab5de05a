// The side menu's 年度报告 group.
#pragma once

#include "menu/menu.h"

namespace jixiao::annual_report {

void add_menu(menu::Menu& m);

}  // namespace jixiao::annual_report
