#include "appraisal/menu.h"

namespace jixiao::appraisal {

void add_menu(menu::Menu& m) {
  const menu::Group kAppraisal{"绩效考核", "TrendCharts", 75};
  // Finance appraises its departments and the regions below (R-AP-1); a department reads its
  // own scorecard.
  const std::vector<std::string> finance{"performance_office", "business_section", "viewer"};
  m.add(kAppraisal, {"/appraisal/departments",
                     "部门考核",
                     {"performance_office", "business_section", "viewer", "department"},
                     10});
  m.add(kAppraisal, {"/appraisal/regions", "下级考核", finance, 20});
  m.add(kAppraisal, {"/appraisal/weights", "考核权重", {"performance_office"}, 30});
}

}  // namespace jixiao::appraisal
