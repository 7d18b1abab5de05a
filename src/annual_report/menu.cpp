#include "annual_report/menu.h"

namespace jixiao::annual_report {

void add_menu(menu::Menu& m) {
  // After 绩效考核 (75): the year's report reads every stage.
  const menu::Group kReport{"年度报告", "Document", 78};
  const std::vector<std::string> readers{"performance_office", "viewer"};
  m.add(kReport, {"/annual-report", "年度报告", readers, 10});
  m.add(kReport, {"/annual-report/funnel", "全流程概览", readers, 20});
  m.add(kReport, {"/annual-report/compare", "年度对比", readers, 30});
}

}  // namespace jixiao::annual_report
