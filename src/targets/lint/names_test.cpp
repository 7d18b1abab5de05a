#include "targets/lint/names.h"

#include <gtest/gtest.h>

namespace jixiao::targets {
namespace {

TEST(LintNames, NameKeyLeavesOutWhiteSpaceOnly) {
  EXPECT_EQ(name_key(" 培训 人次\t"), "培训人次");
  EXPECT_EQ(name_key("\xE3\x80\x80培训人次\r\n"), "培训人次");
  EXPECT_EQ(name_key("培训人次（期）"), "培训人次（期）");  // punctuation counts
  EXPECT_EQ(name_key("  "), "");
}

TEST(LintNames, NameSetIsSortedDistinctAndLeavesOutEmptyNames) {
  const std::vector<std::string> names = {"优良路率", " 养护里程", "", "养护 里程", "完成时间"};
  const auto set = name_set(names);
  EXPECT_EQ(set, (std::vector<std::string>{"优良路率", "养护里程", "完成时间"}));  // byte order
  std::vector<Indicator> indicators(3);
  indicators[0].name = "完成时间";
  indicators[1].name = "养护里程 ";
  indicators[2].name = "优良路率";
  EXPECT_EQ(name_set(indicators), set);
}

TEST(LintNames, GoalKeyLeavesOutPunctuationAndWidth) {
  EXPECT_EQ(goal_key(" 完成养护120公里，优良路率85%。"),
            goal_key("完成养护１２０公里,优良路率85％"));
  EXPECT_EQ(goal_key("，。 "), "");
}

}  // namespace
}  // namespace jixiao::targets
