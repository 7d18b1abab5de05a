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
  // The evaluations themselves, one list by role: finance's every evaluation, an agency's
  // commissions, an expert's reviews.
  m.add(kKeyEvaluation,
        {"/key-evaluations", "评价项目", {"performance_office", "business_section", "viewer"}, 6});
  m.add(kKeyEvaluation, {"/key-evaluations/commissions", "我的委托", {"agency"}, 6});
  m.add(kKeyEvaluation, {"/key-evaluations/reviews", "评审任务", {"expert"}, 6});
  // The evaluated department and unit: their own subjects once commissioned, with the results.
  m.add(kKeyEvaluation, {"/key-evaluations/evaluated", "被评价项目", {"department", "unit"}, 6});
  // An evaluation's page: its readers (the evaluated department and unit once commissioned).
  m.add_page("/key-evaluations/{id}", {"performance_office", "business_section", "viewer", "agency",
                                       "expert", "department", "unit"});
}

}  // namespace jixiao::key_evaluation
