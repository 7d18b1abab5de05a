#include "self_evaluation/statistics_menu.h"

namespace jixiao::self_evaluation {

void add_statistics_menu(menu::Menu& m) {
  // The same group as the evaluations' entries (title, icon and order), after them.
  const menu::Group kSelfEvaluation{"绩效自评", "TrendCharts", 50};
  // The year's figures from the kept totals: finance and those who read its figures, as the
  // other stages' statistics.
  m.add(kSelfEvaluation, {"/self-evaluations/statistics",
                          "自评统计",
                          {"performance_office", "business_section", "viewer"},
                          60});
}

}  // namespace jixiao::self_evaluation
