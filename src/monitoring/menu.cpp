#include "monitoring/menu.h"

namespace jixiao::monitoring {

void add_menu(menu::Menu& m) {
  const menu::Group kMonitoring{"绩效运行监控", "Monitor", 40};
  // Units and departments fill the reports, finance checks them; the office sets the
  // checkpoints (R-MO-2) and everyone else who reads the reports reads their dates.
  const std::vector<std::string> readers{"performance_office", "business_section", "department",
                                         "unit", "viewer"};
  m.add(kMonitoring, {"/monitoring/reports", "监控报告", readers, 10});
  m.add(kMonitoring, {"/monitoring/checkpoints", "监控节点", readers, 20});
  // The warning board and the outcomes (R-MO-4, R-MO-5): finance and those who read its figures.
  m.add(
      kMonitoring,
      {"/monitoring/board", "预警看板", {"performance_office", "business_section", "viewer"}, 30});
  // The checkpoint's statistics from the kept totals (R-MON-2, R-MO-1 to R-MO-5).
  m.add(kMonitoring, {"/monitoring/statistics",
                      "监控统计",
                      {"performance_office", "business_section", "viewer"},
                      40});
}

}  // namespace jixiao::monitoring
