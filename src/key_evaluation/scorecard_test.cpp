#include "key_evaluation/scorecard.h"

#include <gtest/gtest.h>

namespace jixiao::key_evaluation {
namespace {

AgencyYearCounts counts(long long agency, long long year, long long scored, long long quality_sum,
                        long long finalised, long long on_time, long long reworked) {
  AgencyYearCounts c;
  c.agency_id = agency;
  c.agency_name = "机构" + std::to_string(agency);
  c.year = year;
  c.evaluations = scored + 1;
  c.scored = scored;
  c.quality_sum = quality_sum;
  c.finalised = finalised;
  c.on_time = on_time;
  c.reworked = reworked;
  return c;
}

TEST(Scorecard, MeansHalfUpRatesWithDashesAndDeductions) {
  auto a = counts(1, 2025, 3, 8650 + 9000 + 7001, 3, 2, 1);  // mean 82.17 (82.1666… half up)
  a.contract_fen = 90000000;
  a.payable_fen = 85500000;
  const auto cards = scorecards({a, counts(2, 2025, 0, 0, 0, 0, 0)});
  EXPECT_EQ(cards[0].mean_quality, 8217);
  EXPECT_EQ(cards[0].mean_quality_text, "82.17");
  EXPECT_EQ(cards[0].on_time_rate, "66.67");
  EXPECT_EQ(cards[0].rework_rate, "33.33");
  EXPECT_EQ(cards[0].deducted_fen, 4500000);
  EXPECT_EQ(cards[0].rank, 1);
  // Nothing scored or finalised: dashes, never 0% or 100%, and no rank.
  EXPECT_EQ(cards[1].mean_quality_text, "—");
  EXPECT_EQ(cards[1].on_time_rate, "—");
  EXPECT_EQ(cards[1].rework_rate, "—");
  EXPECT_EQ(cards[1].rank, 0);
}

TEST(Scorecard, HalfAHundredthRoundsUp) {
  // 2 reports: 80.00 and 80.01 → 80.005 → 80.01.
  EXPECT_EQ(scorecards({counts(1, 2025, 2, 16001, 0, 0, 0)})[0].mean_quality, 8001);
}

TEST(Scorecard, RanksWithinEachYearTiesShareARank) {
  const auto cards =
      scorecards({counts(1, 2025, 1, 9000, 1, 1, 0), counts(2, 2025, 1, 8000, 1, 1, 0),
                  counts(3, 2025, 1, 9000, 1, 1, 0), counts(1, 2024, 1, 7000, 1, 1, 0)});
  EXPECT_EQ(cards[0].rank, 1);
  EXPECT_EQ(cards[1].rank, 3);
  EXPECT_EQ(cards[2].rank, 1);
  EXPECT_EQ(cards[3].rank, 1);  // alone in its year
}

}  // namespace
}  // namespace jixiao::key_evaluation
