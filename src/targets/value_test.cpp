#include "targets/value.h"

#include <gtest/gtest.h>

namespace jixiao::targets {
namespace {

using Kind = ParsedValue::Kind;

ParsedValue number(std::string_view typed) {
  auto v = parse_value(typed);
  EXPECT_EQ(v.kind, Kind::number) << typed;
  return v;
}

std::string date(std::string_view typed) {
  auto v = parse_value(typed);
  EXPECT_EQ(v.kind, Kind::date) << typed;
  return v.date;
}

Kind kind(std::string_view typed) { return parse_value(typed).kind; }

TEST(Value, ParsesNumbersExactlyToFourDecimals) {
  EXPECT_EQ(number("200").number, 2'000'000);
  EXPECT_EQ(number("0.0001").number, 1);
  EXPECT_EQ(number("95.5").number, 955'000);
  EXPECT_EQ(number(" 12 ").number, 120'000);
  EXPECT_EQ(number("-3").number, -30'000);
  EXPECT_EQ(kind("0.00001"), Kind::text);  // finer than four decimals
  EXPECT_EQ(kind("99999999999999999999"), Kind::text);
  EXPECT_FALSE(number("200").percent);
}

TEST(Value, AcceptsThousandsSeparatorsInGroupsOfThree) {
  EXPECT_EQ(number("1,200").number, 12'000'000);
  EXPECT_EQ(number("1，200").number, 12'000'000);
  EXPECT_EQ(number("12,345,678.5").number, 123'456'785'000);
  EXPECT_EQ(kind("12,00"), Kind::text);
  EXPECT_EQ(kind("1,2,3"), Kind::text);
  EXPECT_EQ(kind("1234,567"), Kind::text);
  EXPECT_EQ(kind(",200"), Kind::text);
}

TEST(Value, StripsAComparatorTypedInFront) {
  EXPECT_EQ(number("≥95").number, 950'000);
  EXPECT_EQ(number("≤ 30").number, 300'000);
  EXPECT_EQ(number(">=95").number, 950'000);
  EXPECT_EQ(number("<5").number, 50'000);
  EXPECT_EQ(number("=100").number, 1'000'000);
  EXPECT_EQ(number("＞95").number, 950'000);
  EXPECT_EQ(number("＜＝5").number, 50'000);  // full-width "<=": folded, then stripped
  EXPECT_EQ(kind("≥"), Kind::text);
}

TEST(Value, ReadsPercentSigns) {
  auto v = number("95%");
  EXPECT_EQ(v.number, 950'000);
  EXPECT_TRUE(v.percent);
  v = number("≥ 98.5 ％");
  EXPECT_EQ(v.number, 985'000);
  EXPECT_TRUE(v.percent);
  EXPECT_EQ(kind("%"), Kind::text);
  EXPECT_EQ(kind("2026-10-31%"), Kind::text);
}

TEST(Value, FoldsFullWidthDigits) {
  EXPECT_EQ(number("２０００").number, 20'000'000);
  EXPECT_EQ(number("９５．５％").number, 955'000);
  EXPECT_EQ(date("２０２６－１０－３１"), "2026-10-31");
}

TEST(Value, ParsesDates) {
  EXPECT_EQ(date("2026-10-31"), "2026-10-31");
  EXPECT_EQ(date("2026/10/31"), "2026-10-31");
  EXPECT_EQ(date("2026.10.31"), "2026-10-31");
  EXPECT_EQ(date("2026-1-5"), "2026-01-05");
  EXPECT_EQ(date("2026年10月31日"), "2026-10-31");
  EXPECT_EQ(date("2026 年 3 月 1 日"), "2026-03-01");
  EXPECT_EQ(date("≤2026年10月31日"), "2026-10-31");
  EXPECT_EQ(date("2026年10月31日前"), "2026-10-31");
  EXPECT_EQ(date("2026年12月底之前"), "2026-12-31");
  EXPECT_EQ(date("2026年底"), "2026-12-31");
}

TEST(Value, AMonthAloneMeansItsLastDay) {
  EXPECT_EQ(date("2026年10月"), "2026-10-31");
  EXPECT_EQ(date("2026年11月"), "2026-11-30");
  EXPECT_EQ(date("2026年2月"), "2026-02-28");
  EXPECT_EQ(date("2024年2月"), "2024-02-29");
  EXPECT_EQ(date("2000年2月"), "2000-02-29");
  EXPECT_EQ(date("1900年2月"), "1900-02-28");
}

TEST(Value, InvalidDatesAndYearsAreText) {
  EXPECT_EQ(kind("2026年"), Kind::text);
  EXPECT_EQ(kind("2026-02-30"), Kind::text);
  EXPECT_EQ(kind("2026-02-29"), Kind::text);
  EXPECT_EQ(date("2024-02-29"), "2024-02-29");
  EXPECT_EQ(kind("2026-13-01"), Kind::text);
  EXPECT_EQ(kind("2026年13月"), Kind::text);
  EXPECT_EQ(kind("2026年4月31日"), Kind::text);
  EXPECT_EQ(kind("2026-10/31"), Kind::text);
  EXPECT_EQ(kind("26-10-31"), Kind::text);
  EXPECT_EQ(kind("2026-10-31 以后"), Kind::text);
}

TEST(Value, WordsAreTextAndBlankIsEmpty) {
  EXPECT_EQ(kind("优"), Kind::text);
  EXPECT_EQ(kind("有效提升"), Kind::text);
  EXPECT_EQ(kind("2000人次"), Kind::text);
  EXPECT_EQ(kind("1e6"), Kind::text);
  EXPECT_EQ(kind(""), Kind::empty);
  EXPECT_EQ(kind(" \t"), Kind::empty);
  EXPECT_EQ(kind("\xE3\x80\x80"), Kind::empty);
}

TEST(Value, KnowsTimeUnits) {
  for (auto u :
       {"天", "日", "个工作日", "工作日", "小时", "分钟", "周", "个月", "月", "年", "季度"})
    EXPECT_TRUE(is_time_unit(u)) << u;
  EXPECT_TRUE(is_time_unit(" 天 "));
  EXPECT_FALSE(is_time_unit("人次"));
  EXPECT_FALSE(is_time_unit(""));
  EXPECT_FALSE(is_time_unit("%"));
}

TEST(Value, KnowsPercentUnits) {
  EXPECT_TRUE(is_percent_unit("%"));
  EXPECT_TRUE(is_percent_unit("％"));
  EXPECT_TRUE(is_percent_unit("百分比"));
  EXPECT_FALSE(is_percent_unit("分"));
  EXPECT_FALSE(is_percent_unit(""));
}

TEST(Value, KnowsMoneyUnits) {
  EXPECT_EQ(fen_per_unit("元"), 100);
  EXPECT_EQ(fen_per_unit("千元"), 100'000);
  EXPECT_EQ(fen_per_unit("万元"), 1'000'000);
  EXPECT_EQ(fen_per_unit("亿元"), 10'000'000'000);
  EXPECT_EQ(fen_per_unit(" 万元 "), 1'000'000);
  EXPECT_EQ(fen_per_unit("元/人"), 0);
  EXPECT_EQ(fen_per_unit("人次"), 0);
}

}  // namespace
}  // namespace jixiao::targets
