#include "rectify/menu.h"

namespace jixiao::rectify {

void add_menu(menu::Menu& m) {
  // After the year's stages: what was found, put right and closed (R-RA-1).
  const menu::Group kResults{"结果应用", "Checked", 60};
  m.add(kResults, {"/findings",
                   "整改台账",
                   {"performance_office", "business_section", "department", "unit", "viewer"},
                   10});
  m.add_page("/findings/{id}",
             {"performance_office", "business_section", "department", "unit", "viewer"});
}

}  // namespace jixiao::rectify
