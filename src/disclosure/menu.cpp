#include "disclosure/menu.h"

namespace jixiao::disclosure {

void add_menu(menu::Menu& m) {
  // After the results are applied: what the public is shown of them (R-DI-1).
  const menu::Group kDisclosure{"信息公开", "Promotion", 65};
  m.add(kDisclosure, {"/disclosures", "公开清单", {"performance_office", "viewer"}, 10});
  m.add_page("/disclosures/{id}", {"performance_office", "viewer"});
}

}  // namespace jixiao::disclosure
