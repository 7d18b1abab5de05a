#include "self_evaluation/indicator_scores.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

namespace jixiao::self_evaluation {
namespace {

IndicatorResult scored(long long position, long long weight, long long score, std::string rule,
                       std::string detail, bool needs_reason) {
  IndicatorResult i;
  i.position = position;
  i.computed_weight = weight;
  i.computed_score = score;
  i.rule = std::move(rule);
  i.detail = std::move(detail);
  i.needs_reason = needs_reason;
  return i;
}

TEST(SelfEvaluationIndicatorScores, RoundTripKeepsEveryScoreAndText) {
  std::vector<IndicatorResult> kept = {
      scored(1, 1000, 880, "R-SE-4", "实际 88% ÷ 目标 100% = 88.00%，× 权重 10.00 分 = 8.80 分",
             true),
      scored(2, 0, 0, "", "", false),  // not scored: no line
      scored(3, 1500, 1500, "R-SE-5", "a\tb\nc\\d \\t", false),
  };
  const std::string packed = pack_scores(kept);
  EXPECT_EQ(std::count(packed.begin(), packed.end(), '\n'), 1);
  std::vector<IndicatorResult> read(3);
  for (std::size_t k = 0; k < 3; ++k) read[k].position = kept[k].position;
  read[1].rule = "left over";  // an indicator the text does not name is unscored
  unpack_scores(packed, read);
  for (std::size_t k = 0; k < 3; ++k) {
    SCOPED_TRACE(k);
    EXPECT_EQ(read[k].computed_weight, kept[k].computed_weight);
    EXPECT_EQ(read[k].computed_score, kept[k].computed_score);
    EXPECT_EQ(read[k].rule, kept[k].rule);
    EXPECT_EQ(read[k].detail, kept[k].detail);
    EXPECT_EQ(read[k].needs_reason, kept[k].needs_reason);
  }
}

TEST(SelfEvaluationIndicatorScores, NothingScoredIsEmptyAndLinesMatchByPosition) {
  EXPECT_EQ(pack_scores({scored(1, 0, 0, "", "", false)}), "");
  std::vector<IndicatorResult> read(2);
  read[0].position = 4;
  read[1].position = 7;
  unpack_scores("7\t500\t250\t0\tR-SE-4\tx\n4\t500\t500\t0\tR-SE-4\ty", read);
  EXPECT_EQ(read[0].computed_score, 500);
  EXPECT_EQ(read[0].detail, "y");
  EXPECT_EQ(read[1].computed_score, 250);
  EXPECT_EQ(read[1].detail, "x");
}

TEST(SelfEvaluationIndicatorScores, AMalformedTextIsRefused) {
  std::vector<IndicatorResult> read(1);
  read[0].position = 1;
  EXPECT_THROW(unpack_scores("1\t500", read), std::runtime_error);
  EXPECT_THROW(unpack_scores("1\tx\t0\t0\tR\td", read), std::runtime_error);
}

}  // namespace
}  // namespace jixiao::self_evaluation
