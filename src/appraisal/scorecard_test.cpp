#include "appraisal/scorecard.h"

#include <gtest/gtest.h>

#include "base/money.h"
#include "cases/cases.h"

namespace jixiao::appraisal {
namespace {

// The cases a finance officer reads: tests/cases/appraisal_scorecard.json.
const boost::json::object& cases() { return cases::load("appraisal_scorecard").as_object(); }
using cases::text;

long long hundredths_of(const std::string& s) { return *parse_scaled_decimal(s, 2); }

TEST(AppraisalScorecard, FollowTheCases) {
  for (const auto& v : cases().at("cases").as_array()) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    std::vector<ItemWeight> weights;
    for (const auto& [item, w] : c.at("weights").as_object())
      weights.push_back({std::string(item), hundredths_of(text(w))});
    std::vector<ItemCounts> counts;
    for (const auto& [item, n] : c.at("counts").as_object()) {
      const std::string s = text(n);
      ItemCounts ic{std::string(item)};
      if (s == "无来源") {
        ic.applied = false;
      } else {
        const auto slash = s.find('/');
        ic.numerator = std::stoll(s.substr(0, slash));
        ic.denominator = std::stoll(s.substr(slash + 1));
      }
      counts.push_back(ic);
    }
    const auto rule =
        text(c.at("not_applicable")) == "zero" ? NotApplicable::zero : NotApplicable::rescale;
    const auto got = score_subject(weights, counts, rule);
    ASSERT_EQ(got.items.size(), weights.size());
    for (const auto& item : got.items) {
      EXPECT_EQ(item.points ? points_text(*item.points) : "—", text(c.at("expect").at(item.item)))
          << item.item;
      EXPECT_EQ(item.rate, text(c.at("rates").at(item.item))) << item.item;
    }
    EXPECT_EQ(got.total ? points_text(*got.total) : "—", text(c.at("total")));
  }
}

TEST(AppraisalScorecard, RanksWithTies) {
  for (const auto& v : cases().at("rankings").as_array()) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    std::vector<std::optional<long long>> totals;
    for (const auto& t : c.at("totals").as_array())
      totals.push_back(text(t) == "—" ? std::nullopt
                                      : std::optional<long long>(hundredths_of(text(t))));
    std::vector<long long> expected;
    for (const auto& r : c.at("ranks").as_array()) expected.push_back(r.as_int64());
    EXPECT_EQ(rank(totals), expected);
  }
}

TEST(AppraisalScorecard, PointsNeverExceedTheWeights) {
  // Whatever the counts, each item scores between 0 and its rescaled weight, and a total of
  // full rates is 100 give or take the per-item rounding.
  const std::vector<ItemWeight> w{{"a", 3333}, {"b", 3333}, {"c", 3334}};
  for (long long d = 1; d <= 7; ++d)
    for (long long n = 0; n <= d; ++n) {
      const auto s = score_subject(w, {{"a", true, n, d}, {"b", true, 0, 0}, {"c", true, d, d}},
                                   NotApplicable::rescale);
      ASSERT_TRUE(s.total);
      EXPECT_LE(*s.items[0].points, 5000);
      EXPECT_EQ(*s.items[2].points, 5001);
      EXPECT_FALSE(s.items[1].points);
    }
}

TEST(AppraisalScorecard, PointsText) {
  EXPECT_EQ(points_text(0), "0.00");
  EXPECT_EQ(points_text(5), "0.05");
  EXPECT_EQ(points_text(12345), "123.45");
}

}  // namespace
}  // namespace jixiao::appraisal
