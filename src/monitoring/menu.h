// This feature's entries in the side menu: 绩效运行监控 (the reports and the checkpoints).
#pragma once

#include "menu/menu.h"

namespace jixiao::monitoring {

void add_menu(menu::Menu& m);

}  // namespace jixiao::monitoring
