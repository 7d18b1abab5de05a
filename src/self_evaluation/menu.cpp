#include "self_evaluation/menu.h"

namespace jixiao::self_evaluation {

void add_menu(menu::Menu& m) {
  // After the year's monitoring, before the results are applied.
  const menu::Group kSelfEvaluation{"绩效自评", "TrendCharts", 50};
  const std::vector<std::string> readers{"performance_office", "business_section", "department",
                                         "unit", "viewer"};
  // Units fill their evaluations; everyone who reads them lists them here.
  m.add(kSelfEvaluation, {"/self-evaluations", "自评填报", readers, 10});
  // The department consolidates its units' submissions (the office follows what still waits for
  // them); the office accepts or returns them.
  m.add(kSelfEvaluation,
        {"/self-evaluations/department", "自评汇总", {"performance_office", "department"}, 20});
  m.add(kSelfEvaluation, {"/self-evaluations/office", "自评审核", {"performance_office"}, 30});
  // The office opens the year's self-evaluation; those who read the figures see the rounds.
  m.add(kSelfEvaluation,
        {"/self-evaluations/rounds", "自评任务", {"performance_office", "viewer"}, 40});
  m.add_page("/self-evaluations/{id}", readers);
}

}  // namespace jixiao::self_evaluation
