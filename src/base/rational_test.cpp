#include "base/rational.h"

#include <gtest/gtest.h>

#include <boost/multiprecision/cpp_int.hpp>
#include <climits>
#include <random>
#include <stdexcept>
#include <vector>

namespace jixiao {
namespace {

using Q = boost::multiprecision::number<boost::multiprecision::cpp_rational_backend,
                                        boost::multiprecision::et_off>;
using Z = boost::multiprecision::number<boost::multiprecision::cpp_int_backend<>,
                                        boost::multiprecision::et_off>;

std::string text(const Q& q) {
  const Z n = boost::multiprecision::numerator(q);
  const Z d = boost::multiprecision::denominator(q);
  return d == 1 ? n.str() : n.str() + "/" + d.str();
}

TEST(Rational, KeepsFractionsInLowestTerms) {
  EXPECT_EQ((Rational(6) / 4).str(), "3/2");
  EXPECT_EQ((Rational(1) / 3 + Rational(1) / 6).str(), "1/2");
  EXPECT_EQ((Rational(2) / 3 - Rational(2) / 3).str(), "0");
  EXPECT_EQ((Rational(0) * (Rational(7) / 9)).str(), "0");
  EXPECT_EQ((Rational(-3) / 6).str(), "-1/2");
  EXPECT_EQ((Rational(3) / -6).str(), "-1/2");
  EXPECT_EQ(Rational(4) / 2, Rational(2));
  EXPECT_LT(Rational(1) / 3, Rational(34) / 100);
  EXPECT_GT(Rational(-1) / 3, Rational(-34) / 100);
}

TEST(Rational, RoundsHalfUpToAWholeNumber) {
  EXPECT_EQ((Rational(5) / 2).half_up(), 3);  // exactly a half: up
  EXPECT_EQ((Rational(249) / 100).half_up(), 2);
  EXPECT_EQ((Rational(7) / 3).half_up_digits(), "2");
  EXPECT_EQ(Rational(0).half_up(), 0);
}

TEST(Rational, GoesPastSixtyFourBitsExactly) {
  const Rational big = Rational(LLONG_MAX) * LLONG_MAX;
  EXPECT_FALSE(big.fits_64());
  EXPECT_EQ(big.str(), "85070591730234615847396907784232501249");
  EXPECT_EQ((big / LLONG_MAX).str(), std::to_string(LLONG_MAX));
  EXPECT_TRUE((big / LLONG_MAX).fits_64());  // back to the 64-bit form when it fits
  EXPECT_EQ((big / 2).half_up_digits(), "42535295865117307923698453892116250625");
  EXPECT_THROW(big.half_up(), std::overflow_error);
  EXPECT_EQ(Rational(LLONG_MIN).str(), std::to_string(LLONG_MIN));
  EXPECT_LT(Rational(LLONG_MIN), Rational(LLONG_MIN + 1));
  EXPECT_THROW(Rational(1) / 0, std::domain_error);
}

// Every operation against Boost's exact rationals, on values from tiny to past 64 bits.
TEST(Rational, AgreesWithArbitraryPrecisionOnRandomFormulas) {
  std::mt19937_64 random(20261205);
  const std::vector<long long> magnitudes{10, 10'000, 1'000'000'007LL, 4'000'000'000'000'000'000LL,
                                          LLONG_MAX};
  auto draw = [&] {
    const long long m = magnitudes[random() % magnitudes.size()];
    std::uniform_int_distribution<long long> pick(-m, m);
    return pick(random);
  };
  for (int round = 0; round < 2000; ++round) {
    const long long start = draw();
    Rational r = start;
    Q q = Q(start);
    for (int step = 0; step < 6; ++step) {
      long long n = draw(), d = draw();
      if (d == 0) d = 1;
      const Rational x = Rational(n) / d;
      const Q y = Q(n) / Q(d);
      ASSERT_EQ(x.str(), text(y));
      switch (random() % 4) {
        case 0:
          r = r + x, q = q + y;
          break;
        case 1:
          r = r - x, q = q - y;
          break;
        case 2:
          r = r * x, q = q * y;
          break;
        default:
          if (y == 0) continue;
          r = r / x, q = q / y;
      }
      ASSERT_EQ(r.str(), text(q)) << "round " << round << " step " << step;
      ASSERT_EQ(r < x, q < y);
      ASSERT_EQ(r == x, q == y);
      if (q >= 0) {
        const Z n2 = boost::multiprecision::numerator(q);
        const Z d2 = boost::multiprecision::denominator(q);
        ASSERT_EQ(r.half_up_digits(), Z((2 * n2 + d2) / (2 * d2)).str());
      }
    }
  }
}

}  // namespace
}  // namespace jixiao
