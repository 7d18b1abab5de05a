// The findings ledger's side menu entry and page.
#pragma once

#include "menu/menu.h"

namespace jixiao::rectify {

void add_menu(menu::Menu& m);

}  // namespace jixiao::rectify
