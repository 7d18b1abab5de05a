#include "projects/menu.h"

namespace jixiao::projects {

void add_menu(menu::Menu& m) {
  const menu::Group kProjects{"项目库", "Folder", 20};
  const std::vector<std::string> kReaders{
      "admin", "performance_office", "business_section", "department", "unit", "viewer"};
  const std::vector<std::string> kWriters{"admin", "performance_office", "business_section",
                                          "department", "unit"};

  m.add(kProjects, {"/projects", "项目列表", kReaders, 10});
  m.add(kProjects, {"/projects/new", "新增项目", kWriters, 20});
  m.add(kProjects, {"/projects/import", "导入项目", kWriters, 30});
}

}  // namespace jixiao::projects
