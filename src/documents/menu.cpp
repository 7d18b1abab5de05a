#include "documents/menu.h"

namespace jixiao::documents {

void add_menu(menu::Menu& m) {
  const menu::Group kWorkbench{"工作台", "HomeFilled", 10};
  m.add(kWorkbench,
        {"/documents", "发文登记", {"performance_office", "business_section", "viewer"}, 20});
  // A letter is read (and printed) by its addressees too, from the document it concerns.
  m.add_page("/documents/{id}",
             {"performance_office", "business_section", "department", "unit", "viewer"});
}

}  // namespace jixiao::documents
