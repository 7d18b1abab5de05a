#include "self_evaluation/inflation.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "base/error.h"
#include "base/money.h"
#include "cases/cases.h"

namespace jixiao::self_evaluation {
namespace {

// The cases a finance officer reads: tests/cases/self_evaluation_review.json.
const boost::json::array& cases() {
  return cases::load("self_evaluation_review").at("inflation").as_array();
}
using cases::text;

long long points_of(const boost::json::value& v) { return *parse_scaled_decimal(text(v), 2); }

TEST(SelfEvaluationInflation, FollowTheCases) {
  ASSERT_GE(cases().size(), 8u);
  for (const auto& v : cases()) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    std::optional<long long> self;
    if (!c.at("self_total").is_null()) self = points_of(c.at("self_total"));
    const auto* t = c.if_contains("threshold");
    const long long threshold = t ? points_of(*t) : 1000;
    const auto r = judge_inflation(self, points_of(c.at("computed_total")),
                                   points_of(c.at("review_total")), threshold);
    EXPECT_EQ(r.inflated, c.at("inflated").as_bool());
    EXPECT_EQ(r.above, points_of(c.at("above")));
    EXPECT_EQ(r.detail, text(c.at("detail")));
    EXPECT_EQ(r.own_total, self.has_value());
    EXPECT_EQ(r.self_score, self.value_or(points_of(c.at("computed_total"))));
    EXPECT_EQ(r.review_score, points_of(c.at("review_total")));
    EXPECT_EQ(r.threshold, threshold);
    EXPECT_EQ(r.rule, "R-RV-2");
  }
}

TEST(SelfEvaluationInflation, TheBoundaryIsExclusiveToTheHundredth) {
  EXPECT_FALSE(judge_inflation(9500, 9500, 8500, 1000).inflated);
  EXPECT_TRUE(judge_inflation(9500, 9500, 8499, 1000).inflated);
  EXPECT_FALSE(judge_inflation(std::nullopt, 9500, 8500, 1000).inflated);
  EXPECT_TRUE(judge_inflation(std::nullopt, 9500, 8499, 1000).inflated);
  // The unit's own total is compared, not the computed one, when the unit gave it.
  EXPECT_FALSE(judge_inflation(8000, 10000, 7000, 1000).inflated);
  EXPECT_TRUE(judge_inflation(10000, 8000, 8999, 1000).inflated);
}

TEST(SelfEvaluationInflation, ANegativeThresholdIsRefused) {
  try {
    judge_inflation(9000, 9000, 8000, -1);
    FAIL() << "accepted";
  } catch (const AppError& e) {
    EXPECT_EQ(e.field(), "threshold_points");
  }
}

}  // namespace
}  // namespace jixiao::self_evaluation
