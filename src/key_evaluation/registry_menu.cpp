#include "key_evaluation/registry_menu.h"

namespace jixiao::key_evaluation {

void add_registry_menu(menu::Menu& m) {
  // After the self-evaluation review (55), before the results are applied (60): finance's own
  // in-depth evaluations, done mostly by agencies and scored by experts (R-KE-3).
  const menu::Group kKeyEvaluation{"重点评价", "DataAnalysis", 58};
  // An agency's account reads its own agency; an expert their own record.
  m.add(kKeyEvaluation, {"/agencies",
                         "第三方机构",
                         {"performance_office", "business_section", "viewer", "agency"},
                         10});
  m.add(kKeyEvaluation,
        {"/experts", "专家库", {"performance_office", "business_section", "viewer", "expert"}, 20});
  m.add(kKeyEvaluation,
        {"/key-evaluations/plan", "评价计划", {"performance_office", "business_section"}, 5});
}

}  // namespace jixiao::key_evaluation
