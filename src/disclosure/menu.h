// Disclosure's side menu group 信息公开 and its pages.
#pragma once

#include "menu/menu.h"

namespace jixiao::disclosure {

void add_menu(menu::Menu& m);

}  // namespace jixiao::disclosure
