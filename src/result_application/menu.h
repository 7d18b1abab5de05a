// Result application's entries of the side menu.
#pragma once

#include "menu/menu.h"

namespace jixiao::result_application {

void add_menu(menu::Menu& m);

}  // namespace jixiao::result_application
