#include "self_evaluation/evaluation_score.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "self_evaluation/settings.h"

namespace jixiao::self_evaluation {
namespace {

IndicatorResult indicator(long long position, const char* category, const char* subcategory,
                          const char* value, long long weight, const char* actual) {
  IndicatorResult i;
  i.position = position;
  i.category = category;
  i.subcategory = subcategory;
  i.name = std::string(subcategory) + "指标";
  i.comparator = ">=";
  i.value = value;
  i.unit = "个";
  i.direction = "higher";
  i.weight = weight;
  i.actual_value = actual;
  return i;
}

// 100 万元 budget, 80 spent; output half met, benefit and satisfaction met.
Evaluation evaluation(std::vector<IndicatorResult>& items) {
  items = {indicator(0, "output", "quantity", "100", 5000, "50"),
           indicator(1, "benefit", "social", "10", 3000, "10"),
           indicator(2, "satisfaction", "service_recipient", "90", 1000, "95")};
  Evaluation e;
  e.budget_fen = 100'000'000;
  e.executed_fen = 80'000'000;
  return e;
}

TEST(SelfEvaluationKeptScores, AreTheScoringsOwn) {
  std::vector<IndicatorResult> items;
  Evaluation e = evaluation(items);
  const auto& st = national_scoring_settings();
  ASSERT_TRUE(answered(items));
  const Scored scored = score(scoring_input(e, items), st);
  score_answers(e, items, st);
  EXPECT_EQ(e.execution_score, 800);
  EXPECT_EQ(e.computed_total, scored.total);
  EXPECT_EQ(e.computed_total, 800 + 2500 + 3000 + 1000);
  EXPECT_EQ(e.grade, "fair");
  EXPECT_FALSE(e.self_total.has_value());
  EXPECT_EQ(items[0].computed_score, 2500);
  EXPECT_TRUE(items[0].needs_reason);
  EXPECT_EQ(items[0].rule, "R-SE-4");
  EXPECT_FALSE(items[0].detail.empty());
  EXPECT_FALSE(items[1].needs_reason);
}

TEST(SelfEvaluationKeptScores, TheGradeFollowsTheReviewWhereThereIsOne) {
  std::vector<IndicatorResult> items;
  Evaluation e = evaluation(items);
  e.review_total = 9100;
  score_answers(e, items, national_scoring_settings());
  EXPECT_EQ(e.computed_total, 7300);
  EXPECT_EQ(e.grade, "excellent");  // R-SE-8: the reviewed score decides the grade
}

TEST(SelfEvaluationKeptScores, AnIndicatorWithoutItsValueLeavesTheFormUnanswered) {
  std::vector<IndicatorResult> items;
  evaluation(items);
  items[1].actual_value.clear();
  EXPECT_FALSE(answered(items));
  items[1].not_applicable = true;
  EXPECT_TRUE(answered(items));
}

TEST(SelfEvaluationKeptScores, AChangeOfTheRulesChangesTheKeptScores) {
  std::vector<IndicatorResult> items;
  Evaluation e = evaluation(items);
  const auto& st = national_scoring_settings();
  score_answers(e, items, st);
  EXPECT_TRUE(keeps(e, items, score(scoring_input(e, items), st), st));
  // R-GR-1 moved: the grade alone changes; R-SE-1's points: every score does.
  ScoringSettings stricter = st;
  stricter.fair = 7500;
  const Scored graded = score(scoring_input(e, items), stricter);
  EXPECT_EQ(graded.grade, "poor");
  EXPECT_FALSE(keeps(e, items, graded, stricter));
  ScoringSettings points = st;
  points.execution_points = 2000;
  points.output_points = 4000;
  const Scored moved = score(scoring_input(e, items), points);
  EXPECT_FALSE(keeps(e, items, moved, points));
  auto again = e;
  auto again_items = items;
  keep_scores(again, again_items, moved, points);
  EXPECT_EQ(again.execution_score, 1600);
  EXPECT_EQ(again_items[0].computed_weight, 4000);
  EXPECT_TRUE(keeps(again, again_items, moved, points));
  // A reviewed evaluation's grade is the review's whatever the rules compute.
  again.review_total = 9500;
  EXPECT_FALSE(keeps(again, again_items, moved, points));
  keep_scores(again, again_items, moved, points);
  EXPECT_EQ(again.grade, "excellent");
  EXPECT_TRUE(keeps(again, again_items, moved, points));
}

TEST(SelfEvaluationKeptScores, AScoreTheRulesRefuseChangesNothing) {
  std::vector<IndicatorResult> items;
  Evaluation e = evaluation(items);
  const auto& st = national_scoring_settings();
  score_answers(e, items, st);
  const Evaluation before = e;
  const auto before_items = items;
  items[0].self_score = 5000;  // the whole weight, while 50 % was reached: allowed...
  ScoringSettings points = st;
  points.output_points = 4000;  // ...until the weight falls below it
  points.benefit_points = 4000;
  EXPECT_THROW(score_answers(e, items, points), AppError);
  EXPECT_EQ(e.computed_total, before.computed_total);
  EXPECT_EQ(e.grade, before.grade);
  for (std::size_t k = 0; k < items.size(); ++k)
    EXPECT_EQ(items[k].computed_score, before_items[k].computed_score);
}

}  // namespace
}  // namespace jixiao::self_evaluation
