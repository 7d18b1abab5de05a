#include "budget_review/menu.h"

namespace jixiao::budget_review {

void add_menu(menu::Menu& m) {
  const menu::Group kReview{"预算评审", "DataAnalysis", 25};
  // Finance enters the reviews; departments and units read their projects' results.
  m.add(kReview, {"/budget-reviews",
                  "预算评审",
                  {"performance_office", "business_section", "department", "unit", "viewer"},
                  10});
  m.add(kReview, {"/budget-reviews/statistics",
                  "审减率统计",
                  {"admin", "performance_office", "business_section", "viewer"},
                  20});
}

}  // namespace jixiao::budget_review
