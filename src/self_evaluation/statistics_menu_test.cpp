#include "self_evaluation/statistics_menu.h"

#include <gtest/gtest.h>

#include "auth/model.h"
#include "self_evaluation/menu.h"

namespace jixiao::self_evaluation {
namespace {

// 自评统计 joins the evaluations' group 绩效自评 when both are registered (a group named two ways
// would stop the server at start), after their entries.
TEST(SelfEvaluationStatisticsMenu, JoinsTheEvaluationsGroup) {
  menu::Menu m([](std::string_view role) { return auth::parse_role(role).has_value(); });
  add_menu(m);
  add_statistics_menu(m);
  const auto served = m.for_role("performance_office");
  const auto& groups = served.at("groups").as_array();
  ASSERT_EQ(groups.size(), 1u);
  const auto& items = groups[0].at("items").as_array();
  EXPECT_EQ(groups[0].at("title").as_string(), "绩效自评");
  EXPECT_EQ(items.back().at("path").as_string(), "/self-evaluations/statistics");
  EXPECT_EQ(items.back().at("title").as_string(), "自评统计");
  // Alone it makes the group too.
  menu::Menu alone([](std::string_view role) { return auth::parse_role(role).has_value(); });
  add_statistics_menu(alone);
  EXPECT_EQ(alone.for_role("viewer").at("groups").as_array().size(), 1u);
  EXPECT_EQ(alone.for_role("unit").at("groups").as_array().size(), 0u);
}

}  // namespace
}  // namespace jixiao::self_evaluation
