#include "org/menu.h"

namespace jixiao::org {

void add_menu(menu::Menu& m) {
  const menu::Group kOrg{"组织机构", "OfficeBuilding", 90};

  m.add(kOrg, {"/org/regions", "地区与财政局", {"admin", "performance_office", "viewer"}, 10});
  m.add(kOrg, {"/org/units",
               "部门与单位",
               {"admin", "performance_office", "business_section", "department", "viewer"},
               20});
  m.add(kOrg, {"/org/years", "预算年度", {"admin", "performance_office"}, 40});
  // The API document for those who connect other systems (GET /api/v1/openapi.json).
  m.add(kOrg, {"/org/api-docs", "接口文档", {"admin", "performance_office"}, 50});
}

}  // namespace jixiao::org
