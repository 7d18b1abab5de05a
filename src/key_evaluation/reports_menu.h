// Key evaluations' reporting entries in the side menu's 重点评价 group: 互审互评 (cross-review
// rounds), 机构考评 (agency scorecards and fee statements) and 重点评价统计.
#pragma once

#include "menu/menu.h"

namespace jixiao::key_evaluation {

void add_reports_menu(menu::Menu& m);

}  // namespace jixiao::key_evaluation
