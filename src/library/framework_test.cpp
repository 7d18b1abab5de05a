#include "library/framework.h"

#include <gtest/gtest.h>

namespace jixiao::library {
namespace {

TEST(Framework, ShipsTheNationalVersionWithFourCategories) {
  const auto* f = find_framework("2021");
  ASSERT_NE(f, nullptr);
  ASSERT_EQ(f->categories.size(), 4u);
  EXPECT_TRUE(f->allows("output", "quantity"));
  EXPECT_TRUE(f->allows("cost", "economic_cost"));
  EXPECT_TRUE(f->allows("satisfaction", "service_recipient"));
  EXPECT_FALSE(f->allows("output", "social"));
  EXPECT_EQ(f->subcategory_label("ecological_cost"), "生态环境成本指标");
  EXPECT_EQ(&latest_framework(), f);
}

TEST(Framework, TheOlderVersionPutsCostUnderOutput) {
  const auto* f = find_framework("2015");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->category("cost"), nullptr);
  EXPECT_EQ(f->category_of("economic_cost"), "output");
  EXPECT_EQ(find_framework("1999"), nullptr);
}

TEST(Framework, FindsACategoryAsAPersonWritesIt) {
  const auto* f = find_framework("2021");
  ASSERT_NE(f, nullptr);
  for (const char* text : {"产出指标", "产出", "output"})
    EXPECT_EQ(f->category_key(text), "output");
  EXPECT_EQ(f->subcategory_key("output", "数量指标"), "quantity");
  EXPECT_EQ(f->subcategory_key("output", "数量"), "quantity");
  EXPECT_EQ(f->subcategory_key("benefit", "社会效益"), "social");
  // A subcategory under another category, or words of no framework, are none.
  EXPECT_EQ(f->subcategory_key("benefit", "数量指标"), "");
  EXPECT_EQ(f->category_key("产出效益"), "");
  EXPECT_EQ(f->subcategory_key("nothing", "数量指标"), "");
}

}  // namespace
}  // namespace jixiao::library
