#include "disclosure/rate_limit.h"

#include <gtest/gtest.h>

namespace jixiao::disclosure {
namespace {

using std::chrono::seconds;
using std::chrono::steady_clock;

TEST(DisclosureRateLimit, EachAddressHasItsOwnAllowanceInAMinute) {
  RateLimit limit(2);
  const steady_clock::time_point t{seconds(600)};  // the start of a minute
  EXPECT_EQ(limit.refuse("10.0.0.1", t), 0);
  EXPECT_EQ(limit.refuse("10.0.0.1", t + seconds(1)), 0);
  EXPECT_EQ(limit.refuse("10.0.0.1", t + seconds(20)), 40);  // until the minute turns
  EXPECT_EQ(limit.refuse("10.0.0.2", t + seconds(20)), 0);
  EXPECT_EQ(limit.refused(), 1);
  // The next minute starts afresh.
  EXPECT_EQ(limit.refuse("10.0.0.1", t + seconds(60)), 0);
}

}  // namespace
}  // namespace jixiao::disclosure
