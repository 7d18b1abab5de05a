#include "self_evaluation/review_menu.h"

namespace jixiao::self_evaluation {

void add_review_menu(menu::Menu& m) {
  // After the units' own evaluation (50), before the results are applied (60): finance's check
  // of what the units claimed is a step of its own, with its own people (experts among them).
  const menu::Group kReview{"自评复核", "Document", 55};
  // The office plans the year's sample (R-RV-1); the supervisor reads the plans.
  m.add(kReview,
        {"/self-evaluation-reviews/plans", "抽查计划", {"performance_office", "viewer"}, 10});
  // Those the office may assign re-score their samples (R-RV-2).
  m.add(kReview, {"/self-evaluation-reviews/samples",
                  "复核工作台",
                  {"performance_office", "business_section", "expert"},
                  20});
  // A sample's page is reached from a plan's list too, by those who read the plans.
  m.add_page("/self-evaluation-reviews/samples/{id}",
             {"performance_office", "business_section", "expert", "viewer"});
}

}  // namespace jixiao::self_evaluation
