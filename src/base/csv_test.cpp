#include "base/csv.h"

#include <gtest/gtest.h>

namespace jixiao {

TEST(Csv, ParsesQuotesCommasNewlinesAndBom) {
  std::string err;
  auto rows = parse_csv(
      "\xEF\xBB\xBF"
      "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\n1,,3",
      &err);
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0], (CsvRow{"a", "b", "c"}));
  EXPECT_EQ((*rows)[1], (CsvRow{"x, y", "say \"hi\"", "two\nlines"}));
  EXPECT_EQ((*rows)[2], (CsvRow{"1", "", "3"}));
}

TEST(Csv, ReportsAnOpenQuoteWithItsLine) {
  std::string err;
  EXPECT_FALSE(parse_csv("a,b\n\"open,c\n", &err));
  EXPECT_NE(err.find("第 2 行"), std::string::npos);
}

TEST(Csv, KeepsATrailingEmptyField) {
  auto rows = parse_csv("a,\n", nullptr);
  ASSERT_TRUE(rows);
  EXPECT_EQ((*rows)[0], (CsvRow{"a", ""}));
}

}  // namespace jixiao
