#include "result_application/menu.h"

namespace jixiao::result_application {

void add_menu(menu::Menu& m) {
  const menu::Group kResults{"结果应用", "Checked", 60};
  // Finance decides the actions; departments and units read those on their projects (R-RA-2).
  m.add(kResults, {"/result-application/actions",
                   "预算调整建议",
                   {"performance_office", "business_section", "department", "unit", "viewer"},
                   20});
  m.add(kResults, {"/result-application/breaches",
                   "超限清单",
                   {"performance_office", "business_section", "viewer"},
                   30});
  // The what-if is asked by POST (bands in its body), which a read-only viewer may not send.
  m.add(
      kResults,
      {"/result-application/what-if", "模拟测算", {"performance_office", "business_section"}, 40});
}

}  // namespace jixiao::result_application
