#include "key_evaluation/reports_menu.h"

#include <gtest/gtest.h>

#include "auth/model.h"
#include "key_evaluation/registry_menu.h"

namespace jixiao::key_evaluation {
namespace {

// The reports join the registries' group 重点评价, after them; an agency's account sees the
// rounds and its scorecards but not the statistics; a unit none of them.
TEST(KeyEvaluationReportsMenu, JoinsTheGroupByRole) {
  menu::Menu m([](std::string_view role) { return auth::parse_role(role).has_value(); });
  add_registry_menu(m);
  add_reports_menu(m);
  const auto office = m.for_role("performance_office");
  const auto& groups = office.at("groups").as_array();
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].at("title").as_string(), "重点评价");
  const auto& items = groups[0].at("items").as_array();
  ASSERT_EQ(items.size(), 7u);  // 评价计划, 评价项目 and the registries first
  EXPECT_EQ(items.back().at("title").as_string(), "重点评价统计");
  const auto agency = m.for_role("agency");
  std::vector<std::string> titles;
  for (const auto& i : agency.at("groups").as_array()[0].at("items").as_array())
    titles.emplace_back(i.at("title").as_string());
  EXPECT_EQ(titles, (std::vector<std::string>{"我的委托", "第三方机构", "互审互评", "机构考评"}));
  // A unit: only the evaluations of its own subjects, none of the reports.
  const auto unit = m.for_role("unit").at("groups").as_array();
  ASSERT_EQ(unit.size(), 1u);
  ASSERT_EQ(unit[0].at("items").as_array().size(), 1u);
  EXPECT_EQ(unit[0].at("items").as_array()[0].at("title").as_string(), "被评价项目");
}

}  // namespace
}  // namespace jixiao::key_evaluation
