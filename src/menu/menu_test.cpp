#include "menu/menu.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <stdexcept>

namespace jixiao::menu {
namespace {

Menu menu() {
  return Menu([](std::string_view r) { return r == "admin" || r == "unit" || r == "expert"; });
}

// The served menu as "group: path path | group: path" for a compact comparison.
std::string paths(const boost::json::object& served) {
  std::string out;
  for (const auto& g : served.at("groups").as_array()) {
    if (!out.empty()) out += " | ";
    out += std::string(g.at("title").as_string()) + ":";
    for (const auto& i : g.at("items").as_array())
      out += " " + std::string(i.at("path").as_string());
  }
  return out;
}

TEST(Menu, EachRoleSeesItsEntriesInStageOrderWhateverOrderTheFeaturesRegisteredIn) {
  auto m = menu();
  const Group targets{"绩效目标", "Aim", 30};
  const Group home{"工作台", "HomeFilled", 10};
  const Group org{"组织机构", "OfficeBuilding", 90};
  // Two features fill one group; their entries interleave by order.
  m.add(targets, {"/targets", "目标填报", {"admin", "unit"}, 10});
  m.add(targets, {"/targets/review", "目标审核", {"expert"}, 20});
  m.add(org, {"/org/users", "用户管理", {"admin"}, 30});
  m.add(targets, {"/library/cases", "案例库", {"*"}, 40});
  m.add(targets, {"/library/indicators", "指标库", {"*"}, 30});
  m.add(home, {"/home", "首页", {"*"}, 10});

  EXPECT_EQ(paths(m.for_role("admin")),
            "工作台: /home | 绩效目标: /targets /library/indicators /library/cases | 组织机构: "
            "/org/users");
  // Empty groups are left out.
  EXPECT_EQ(paths(m.for_role("unit")),
            "工作台: /home | 绩效目标: /targets /library/indicators "
            "/library/cases");
  EXPECT_EQ(paths(m.for_role("expert")),
            "工作台: /home | 绩效目标: /targets/review /library/indicators /library/cases");

  // What others have and the caller lacks, so that a page below one of them is not taken for
  // a page of the entry above it.
  EXPECT_EQ(boost::json::serialize(m.for_role("unit").at("refused")),
            R"(["/targets/review","/org/users"])");
  EXPECT_EQ(boost::json::serialize(m.for_role("expert").at("refused")),
            R"(["/targets","/org/users"])");
  EXPECT_EQ(boost::json::serialize(m.for_role("admin").at("refused")), R"(["/targets/review"])");

  const auto admin = m.for_role("admin");
  const auto& first = admin.at("groups").as_array().at(0).as_object();
  EXPECT_EQ(first.at("icon").as_string(), "HomeFilled");
  EXPECT_EQ(first.at("items").as_array().at(0).at("title").as_string(), "首页");
}

TEST(Menu, PagesOutsideTheMenuGoOnlyToTheirRoles) {
  auto m = menu();
  m.add({"工作台", "HomeFilled", 10}, {"/home", "首页", {"*"}, 10});
  m.add_page("/targets/{id}/review", {"expert"});
  EXPECT_EQ(boost::json::serialize(m.for_role("expert").at("pages")),
            R"(["/targets/{id}/review"])");
  EXPECT_TRUE(m.for_role("unit").at("pages").as_array().empty());
  EXPECT_EQ(boost::json::serialize(m.for_role("unit").at("refused")),
            R"(["/targets/{id}/review"])");
  EXPECT_THROW(m.add_page("/targets/{id}/review", {"unit"}), std::logic_error);
}

TEST(Menu, AMistakeInTheWiringStopsItThere) {
  auto m = menu();
  const Group home{"工作台", "HomeFilled", 10};
  m.add(home, {"/home", "首页", {"*"}, 10});
  EXPECT_THROW(m.add(home, {"/home", "首页", {"admin"}, 20}), std::logic_error);  // path taken
  EXPECT_THROW(m.add({"工作台", "Folder", 10}, {"/x", "x", {"admin"}, 20}), std::logic_error);
  EXPECT_THROW(m.add({"工作台", "HomeFilled", 20}, {"/x", "x", {"admin"}, 20}), std::logic_error);
  EXPECT_THROW(m.add(home, {"/y", "y", {"adminn"}, 20}), std::logic_error);  // unknown role
  EXPECT_THROW(m.add(home, {"/z", "z", {}, 20}), std::logic_error);
  EXPECT_THROW(m.add_page("/targets/{id}/review", {"reviewer"}), std::logic_error);
  EXPECT_EQ(paths(m.for_role("admin")), "工作台: /home");  // nothing half added
}

}  // namespace
}  // namespace jixiao::menu
