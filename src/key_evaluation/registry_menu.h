// Key evaluations' entries in the side menu: 重点评价 (the agencies' registry and the expert pool).
#pragma once

#include "menu/menu.h"

namespace jixiao::key_evaluation {

void add_registry_menu(menu::Menu& m);

}  // namespace jixiao::key_evaluation
