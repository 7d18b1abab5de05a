#include "key_evaluation/reports_menu.h"

namespace jixiao::key_evaluation {

void add_reports_menu(menu::Menu& m) {
  // The group as registry_menu.cpp names it (a group named two ways stops the server at start);
  // after the registries and the evaluations' own pages.
  const menu::Group kKeyEvaluation{"重点评价", "DataAnalysis", 58};
  // An agency's account: the rounds it takes part in, its own agency's scorecards.
  m.add(kKeyEvaluation, {"/key-evaluation-cross-rounds",
                         "互审互评",
                         {"performance_office", "business_section", "viewer", "agency"},
                         70});
  m.add(kKeyEvaluation, {"/agency-scorecards",
                         "机构考评",
                         {"performance_office", "business_section", "viewer", "agency"},
                         80});
  m.add(kKeyEvaluation, {"/key-evaluations/statistics",
                         "重点评价统计",
                         {"performance_office", "business_section", "viewer"},
                         90});
}

}  // namespace jixiao::key_evaluation
