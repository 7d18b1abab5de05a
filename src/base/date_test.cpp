#include "base/date.h"

#include <gtest/gtest.h>

namespace jixiao {

TEST(Date, KnowsRealDatesWrittenAsIso) {
  EXPECT_TRUE(is_iso_date("2026-05-31"));
  EXPECT_TRUE(is_iso_date("2028-02-29"));   // a leap year
  EXPECT_FALSE(is_iso_date("2026-02-29"));  // not one
  EXPECT_FALSE(is_iso_date("2026-04-31"));
  EXPECT_FALSE(is_iso_date("2026-13-01"));
  EXPECT_FALSE(is_iso_date("2026-5-31"));
  EXPECT_FALSE(is_iso_date("2026/05/31"));
  EXPECT_FALSE(is_iso_date("20260531"));
  EXPECT_FALSE(is_iso_date(""));
  EXPECT_FALSE(is_iso_date("2026-04-30T00:00"));
  EXPECT_EQ(iso_date(*parse_iso_date("2026-06-01")), "2026-06-01");
}

}  // namespace jixiao
