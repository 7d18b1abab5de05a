// This feature's entries in the side menu: 发文登记 under 工作台, and a document's page.
#pragma once

#include "menu/menu.h"

namespace jixiao::documents {

void add_menu(menu::Menu& m);

}  // namespace jixiao::documents
