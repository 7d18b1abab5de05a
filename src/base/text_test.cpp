#include "base/text.h"

#include "base/error.h"

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

TEST(Text, FindsBytesThatAreNotUtf8AndControlCharacters) {
  EXPECT_EQ(text_fault("项目\t一\r\n二"), TextFault::none);
  EXPECT_EQ(text_fault("\xED\x50\xFF"), TextFault::not_utf8);
  EXPECT_EQ(text_fault(std::string("a\0b", 3)), TextFault::control);
  EXPECT_EQ(text_fault("a\x1b[31m"), TextFault::control);
  EXPECT_EQ(text_fault("a\x7f"), TextFault::control);
  EXPECT_EQ(text_fault("a\xC2\x85"), TextFault::control);  // U+0085, a C1 control
  EXPECT_THROW(check_text("name", "\xFF"), AppError);
  EXPECT_NO_THROW(check_text("name", "名称"));
}

TEST(Text, ReplacesBytesThatAreNotUtf8) {
  EXPECT_EQ(valid_utf8("a\xED\x50\xFF名"), "a\uFFFDP\uFFFD名");
  EXPECT_EQ(valid_utf8("名称"), "名称");
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
