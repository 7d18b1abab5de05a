#include "base/text.h"

#include <gtest/gtest.h>

namespace jixiao {

TEST(Text, CountsCharactersNotBytes) {
  EXPECT_EQ(utf8_length("绩效"), 2u);
  EXPECT_EQ(utf8_length("ab绩"), 3u);
}

TEST(Text, ValidatesUtf8) {
  EXPECT_TRUE(is_valid_utf8("预算绩效 abc"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xE7\xBB"));      // truncated
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(is_valid_utf8("\xFF"));
}

TEST(Text, TrimsAsciiAndIdeographicSpace) {
  EXPECT_EQ(trim("\xE3\x80\x80 项目 \t"), "项目");
  EXPECT_EQ(trim("   "), "");
}

TEST(Text, FoldsFullWidthAscii) {
  EXPECT_EQ(fold_full_width("２０２６－１０－３１"), "2026-10-31");
  EXPECT_EQ(fold_full_width("≥９５．５％，ＡＢ"), "≥95.5%,AB");
  EXPECT_EQ(fold_full_width("培训\xE3\x80\x80人次"), "培训 人次");
  EXPECT_EQ(fold_full_width("\xEF\xBC"), "\xEF\xBC");  // truncated: kept as is
}

TEST(Text, EscapesLikePatterns) { EXPECT_EQ(escape_like("50%_a\\"), "50\\%\\_a\\\\"); }

}  // namespace jixiao
