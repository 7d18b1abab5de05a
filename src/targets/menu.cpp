#include "targets/menu.h"

namespace jixiao::targets {

void add_menu(menu::Menu& m) {
  const menu::Group kTargets{"绩效目标", "Aim", 30};
  // The administrator keeps accounts and rules, not targets: its menu has no target list.
  const std::vector<std::string> kAuthors{"performance_office", "business_section", "department",
                                          "unit", "viewer"};
  const std::vector<std::string> kReviewers{"performance_office", "business_section", "department",
                                            "expert", "agency"};

  m.add(kTargets, {"/targets", "目标填报", kAuthors, 10});
  m.add(kTargets, {"/targets/review", "目标审核", kReviewers, 20});
  m.add(kTargets, {"/targets/statistics",
                   "目标统计",
                   {"admin", "performance_office", "business_section", "viewer"},
                   50});
  // A target's review page sits under 目标填报 but belongs to the reviewers.
  m.add_page("/targets/{id}/review", kReviewers);
}

}  // namespace jixiao::targets
