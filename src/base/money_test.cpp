#include "base/money.h"

#include <gtest/gtest.h>

namespace jixiao {

TEST(Money, FormatsWanWithTwoDecimalsRoundingHalfUp) {
  EXPECT_EQ(format_wan(0), "0.00");
  EXPECT_EQ(format_wan(1'000'000), "1.00");
  EXPECT_EQ(format_wan(1'234'567'890), "1234.57");
  EXPECT_EQ(format_wan(4'999), "0.00");  // 49.99 元 rounds down
  EXPECT_EQ(format_wan(5'000), "0.01");  // 50 元 is exactly half a hundredth: up
  EXPECT_EQ(format_wan(-5'000), "-0.01");
  EXPECT_EQ(format_wan(-4'999), "0.00");
  EXPECT_EQ(format_wan(INT64_MIN), "-9223372036854.78");
}

TEST(Money, FormatsYi) {
  EXPECT_EQ(format_yi(kFenPerYi * 3 + kFenPerYi / 200), "3.01");
  EXPECT_EQ(format_yi(123'456'789'012), "12.35");
}

TEST(Money, ParsesDecimalsExactly) {
  EXPECT_EQ(parse_wan("1"), 1'000'000);
  EXPECT_EQ(parse_wan("0.000001"), 1);
  EXPECT_EQ(parse_wan(" 1,234.5 "), 1'234'500'000);
  EXPECT_EQ(parse_wan("-2.5"), -2'500'000);
  EXPECT_EQ(parse_scaled_decimal("12.34", 2), 1234);
  EXPECT_EQ(parse_scaled_decimal("12", 0), 12);
}

TEST(Money, RejectsWhatIsNotAnExactAmount) {
  EXPECT_FALSE(parse_wan("0.0000001"));  // finer than a fen
  EXPECT_FALSE(parse_wan(""));
  EXPECT_FALSE(parse_wan("."));
  EXPECT_FALSE(parse_wan("1.2.3"));
  EXPECT_FALSE(parse_wan("1e6"));
  EXPECT_FALSE(parse_wan("abc"));
  EXPECT_FALSE(parse_scaled_decimal("9223372036854775808", 0));
  EXPECT_EQ(parse_scaled_decimal("9223372036854775807", 0), INT64_MAX);
  EXPECT_FALSE(parse_scaled_decimal("92233720368547758.08", 2));
}

TEST(Money, RatesAreExactPercentagesAndADashWithoutADenominator) {
  // R-MON-2
  EXPECT_EQ(format_rate(0, 0), "—");
  EXPECT_EQ(format_rate(0, 7), "0.00");
  EXPECT_EQ(format_rate(7, 7), "100.00");
  EXPECT_EQ(format_rate(1, 3), "33.33");
  EXPECT_EQ(format_rate(2, 3), "66.67");
  EXPECT_EQ(format_rate(19499, 200000), "9.75");  // 9.7495 rounds half up
  EXPECT_EQ(format_rate(4'000'000'000'000'000LL, 8'000'000'000'000'000LL), "50.00");
}

}  // namespace jixiao
