#include "base/cursor.h"

#include <gtest/gtest.h>

namespace jixiao {

TEST(Cursor, RoundTripsAnyValue) {
  for (const std::string v : {"", "12345", "教育\x1f项目", "-7"}) {
    std::string value;
    long long id = 0;
    ASSERT_TRUE(decode_cursor(encode_cursor(v, 42), value, id));
    EXPECT_EQ(value, v);
    EXPECT_EQ(id, 42);
  }
}

TEST(Cursor, RejectsWhatItDidNotProduce) {
  std::string value;
  long long id = 0;
  EXPECT_FALSE(decode_cursor("abc", value, id));   // odd length
  EXPECT_FALSE(decode_cursor("zz", value, id));    // not hex
  EXPECT_FALSE(decode_cursor("4142", value, id));  // no separator
  EXPECT_FALSE(decode_cursor(encode_cursor("x", 0).substr(0, 4), value, id));
  EXPECT_FALSE(
      decode_cursor("41"
                    "1f"
                    "2d31",
                    value, id));  // id -1
  EXPECT_FALSE(decode_cursor(std::string(4096, 'a'), value, id));
}

TEST(Cursor, TypedDecodingRefusesValuesOfTheWrongKind) {
  EXPECT_EQ(decode_cursor(encode_cursor("", 9), CursorValue::none)->id, 9);
  EXPECT_FALSE(decode_cursor(encode_cursor("12", 9), CursorValue::none));
  const auto money = decode_cursor(encode_cursor("-1500", 9), CursorValue::number);
  ASSERT_TRUE(money);
  EXPECT_EQ(money->number, -1500);
  for (const std::string bad : {"", "-", "12x", "+5", " 5", "99999999999999999999"})
    EXPECT_FALSE(decode_cursor(encode_cursor(bad, 9), CursorValue::number)) << bad;
  EXPECT_EQ(decode_cursor(encode_cursor("教育", 9), CursorValue::text)->value, "教育");
  EXPECT_FALSE(decode_cursor(encode_cursor("\xed\x50\xff", 9), CursorValue::text));
  EXPECT_FALSE(
      decode_cursor("37"
                    "1f"
                    "3939393939393939393939393939393939393939",
                    CursorValue::text));
}

TEST(CursorTest, APageReadOneRowPastItsLimitIsCutAndSaysWhereTheNextStarts) {
  struct Row {
    long long id;
  };
  std::vector<Row> more{{3}, {5}, {8}};
  EXPECT_EQ(cut_to_limit(more, 2), 5);
  EXPECT_EQ(more.size(), 2u);
  std::vector<Row> last{{3}, {5}};
  EXPECT_EQ(cut_to_limit(last, 2), std::nullopt);
  EXPECT_EQ(last.size(), 2u);
  std::vector<Row> none;
  EXPECT_EQ(cut_to_limit(none, 50), std::nullopt);
}

}  // namespace jixiao
