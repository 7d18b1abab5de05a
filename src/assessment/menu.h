// The ex-ante assessment's side menu entries and pages.
#pragma once

#include "menu/menu.h"

namespace jixiao::assessment {

void add_menu(menu::Menu& m);

}  // namespace jixiao::assessment
