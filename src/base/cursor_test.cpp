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

}  // namespace jixiao
