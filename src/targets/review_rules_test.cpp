#include "targets/review_rules.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace jixiao::targets {
namespace {

TEST(ReviewRules, DefaultSheetIsTwentyThirtyTwentyFiveTwentyFive) {
  const auto sheet = default_review_sheet();
  ASSERT_EQ(sheet.items.size(), 4u);
  EXPECT_EQ(sheet.items[0].key, "completeness");
  EXPECT_EQ(sheet.items[0].label, "完整性");
  EXPECT_EQ(sheet.items[0].max, 2000);
  EXPECT_EQ(sheet.items[1].key, "relevance");
  EXPECT_EQ(sheet.items[1].label, "相关性");
  EXPECT_EQ(sheet.items[1].max, 3000);
  EXPECT_EQ(sheet.items[2].key, "appropriateness");
  EXPECT_EQ(sheet.items[2].label, "适当性");
  EXPECT_EQ(sheet.items[2].max, 2500);
  EXPECT_EQ(sheet.items[3].key, "feasibility");
  EXPECT_EQ(sheet.items[3].label, "可行性");
  EXPECT_EQ(sheet.items[3].max, 2500);
  long long total = 0;
  for (const auto& item : sheet.items) {
    EXPECT_FALSE(item.hint.empty()) << item.key;
    total += item.max;
  }
  EXPECT_EQ(total, 10000);
  EXPECT_EQ(sheet.pass_mark, 6000);
}

TEST(ReviewRules, GradeLowerBoundsAreInclusive) {
  const GradeBands bands;
  EXPECT_EQ(grade_of(10000, bands), "excellent");
  EXPECT_EQ(grade_of(9000, bands), "excellent");
  EXPECT_EQ(grade_of(8999, bands), "good");
  EXPECT_EQ(grade_of(8000, bands), "good");
  EXPECT_EQ(grade_of(7999, bands), "fair");
  EXPECT_EQ(grade_of(6000, bands), "fair");
  EXPECT_EQ(grade_of(5999, bands), "poor");
  EXPECT_EQ(grade_of(0, bands), "poor");
}

TEST(ReviewRules, GradesFollowARegionsBands) {
  const GradeBands bands{8500, 7500, 6000};
  EXPECT_EQ(grade_of(8500, bands), "excellent");
  EXPECT_EQ(grade_of(8499, bands), "good");
}

TEST(ReviewRules, GradeLabels) {
  EXPECT_EQ(grade_label("excellent"), "优");
  EXPECT_EQ(grade_label("good"), "良");
  EXPECT_EQ(grade_label("fair"), "中");
  EXPECT_EQ(grade_label("poor"), "差");
  EXPECT_EQ(grade_label("other"), "");
}

TEST(ReviewRules, TotalIsTheSumOfTheParts) {
  const auto r = score_review(default_review_sheet(), {1850, 2700, 2000, 2250}, {});
  EXPECT_EQ(r.total, 8800);
  EXPECT_EQ(r.grade, "good");
  EXPECT_TRUE(r.passed);
}

TEST(ReviewRules, UnderSixtyFailsAndSixtyPasses) {
  const auto sheet = default_review_sheet();
  auto r = score_review(sheet, {1500, 1800, 1500, 1199}, {});  // 59.99
  EXPECT_EQ(r.total, 5999);
  EXPECT_FALSE(r.passed);
  EXPECT_EQ(r.grade, "poor");
  r = score_review(sheet, {1500, 1800, 1500, 1200}, {});  // 60.00
  EXPECT_EQ(r.total, 6000);
  EXPECT_TRUE(r.passed);
  EXPECT_EQ(r.grade, "fair");
}

TEST(ReviewRules, EightyNineNinetyNineIsGoodAndNinetyIsExcellent) {
  const auto sheet = default_review_sheet();
  auto r = score_review(sheet, {2000, 3000, 2000, 1999}, {});  // 89.99
  EXPECT_EQ(r.total, 8999);
  EXPECT_EQ(grade_label(r.grade), "良");
  r = score_review(sheet, {2000, 3000, 2000, 2000}, {});  // 90.00
  EXPECT_EQ(r.total, 9000);
  EXPECT_EQ(grade_label(r.grade), "优");
  r = score_review(sheet, {2000, 3000, 2500, 2500}, {});
  EXPECT_EQ(r.total, 10000);
  EXPECT_EQ(r.grade, "excellent");
}

std::string field_of(const std::vector<long long>& scores) {
  try {
    score_review(default_review_sheet(), scores, {});
  } catch (const AppError& e) {
    EXPECT_EQ(e.kind(), ErrorKind::invalid);
    EXPECT_FALSE(e.detail().empty());
    return e.field();
  }
  return "(no error)";
}

TEST(ReviewRules, RejectsMissingNegativeAndExcessiveScores) {
  EXPECT_EQ(field_of({2000, 3000, 2500}), "scores.feasibility");
  EXPECT_EQ(field_of({}), "scores.completeness");
  EXPECT_EQ(field_of({2000, 3000, 2500, 2500, 100}), "scores");
  EXPECT_EQ(field_of({2000, -1, 2500, 2500}), "scores.relevance");
  EXPECT_EQ(field_of({2001, 3000, 2500, 2500}), "scores.completeness");
  EXPECT_EQ(field_of({2000, 3000, 2501, 2500}), "scores.appropriateness");
  EXPECT_EQ(field_of({0, 0, 0, 0}), "(no error)");
}

TEST(ReviewRules, MessagesAreChinese) {
  try {
    score_review(default_review_sheet(), {2000, 3000, 2600, 2500}, {});
    FAIL();
  } catch (const AppError& e) {
    EXPECT_EQ(e.detail(), "“适当性”的得分不能超过满分 25 分");
  }
}

}  // namespace
}  // namespace jixiao::targets
