// This feature's entries in the side menu: 预算评审 (the batch table and the cut-rate statistics).
#pragma once

#include "menu/menu.h"

namespace jixiao::budget_review {

void add_menu(menu::Menu& m);

}  // namespace jixiao::budget_review
