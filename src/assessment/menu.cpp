#include "assessment/menu.h"

namespace jixiao::assessment {

void add_menu(menu::Menu& m) {
  // Between projects (20) and targets (30): the assessment comes before the budget.
  const menu::Group kAssessment{"事前绩效评估", "Checked", 25};
  const std::vector<std::string> kReaders{"performance_office", "business_section", "department",
                                          "unit", "viewer"};
  m.add(kAssessment, {"/assessments", "评估列表", kReaders, 10});
  m.add(kAssessment, {"/assessments/scoring",
                      "我的评分",
                      {"expert", "agency", "performance_office", "business_section"},
                      20});
  m.add(kAssessment, {"/assessments/statistics",
                      "评估统计",
                      {"performance_office", "business_section", "viewer"},
                      30});
  // An assessment's workbench is reached from the list or from a scorer's queue.
  m.add_page("/assessments/{id}", {"performance_office", "business_section", "department", "unit",
                                   "viewer", "expert", "agency"});
}

}  // namespace jixiao::assessment
