#include "budget_review/model.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace jixiao::budget_review {

namespace {
// The field an entry is refused on, or "" when it passes.
std::string refused(const Entry& e, Fen submitted, const ReviewSettings& s) {
  try {
    check_entry(e, submitted, s, "items[3].");
    return "";
  } catch (const AppError& err) {
    return err.field();
  }
}
}  // namespace

TEST(BudgetReviewModel, CutAndRate) {
  EXPECT_EQ(cut_fen(100, std::nullopt), 0);
  EXPECT_EQ(cut_fen(100, 60), 40);
  EXPECT_EQ(cut_fen(100, 100), 0);
  // The seed's figures: 863,354.51 of 2,609,623.78 万元.
  EXPECT_EQ(cut_rate(863'354'51'0000LL, 2'609'623'78'0000LL), "33.08");
  EXPECT_EQ(cut_rate(0, 0), "—");
  EXPECT_EQ(cut_rate(1, 3), "33.33");
  EXPECT_EQ(cut_rate(2, 3), "66.67");
}

TEST(BudgetReviewModel, ShippedReasons) {
  const auto& s = national_review_settings();
  EXPECT_TRUE(s.reason_required);
  ASSERT_EQ(s.reasons.size(), 6u);
  EXPECT_EQ(s.label_of("over_standard"), "超标准");
  EXPECT_EQ(s.code_of("重复申报"), "duplicate");
  EXPECT_EQ(s.code_of("other"), "other");
  EXPECT_FALSE(s.code_of("没有的原因"));
  EXPECT_EQ(s.label_of("gone"), "gone");
}

TEST(BudgetReviewModel, EntryCheckedAgainstSubmitted) {
  auto s = national_review_settings();
  EXPECT_EQ(refused({60, "over_standard", ""}, 100, s), "");
  EXPECT_EQ(refused({100, "", ""}, 100, s), "");
  EXPECT_EQ(refused({0, "duplicate", "全部审减"}, 100, s), "");
  EXPECT_EQ(refused({std::nullopt, "", ""}, 100, s), "items[3].approved_fen");
  EXPECT_EQ(refused({-1, "other", ""}, 100, s), "items[3].approved_fen");
  EXPECT_EQ(refused({101, "", ""}, 100, s), "items[3].approved_fen");
  EXPECT_EQ(refused({60, "", ""}, 100, s), "items[3].cut_reason");
  EXPECT_EQ(refused({60, "nonsense", ""}, 100, s), "items[3].cut_reason");
  EXPECT_EQ(refused({100, "other", ""}, 100, s), "items[3].cut_reason");
  EXPECT_EQ(refused({60, "other", std::string(501 * 3, 'a')}, 100, s), "items[3].comment");
  // A region that does not ask for reasons.
  s.reason_required = false;
  EXPECT_EQ(refused({60, "", ""}, 100, s), "");
}

}  // namespace jixiao::budget_review
