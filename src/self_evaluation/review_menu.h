// The self-evaluation review's entries in the side menu: 自评复核 (the office's sampling plans and
// the reviewers' workbench).
#pragma once

#include "menu/menu.h"

namespace jixiao::self_evaluation {

void add_review_menu(menu::Menu& m);

}  // namespace jixiao::self_evaluation
