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

TEST(Csv, RefusesACellThatIsNotUtf8OrHoldsAControlCharacterNamingItsRow) {
  std::string error;
  long long row = 0;
  EXPECT_FALSE(parse_csv("a,b\n\n1,\xED\x50\xFF\n", &error, &row));
  EXPECT_EQ(row, 2);  // the blank line is not a row
  EXPECT_NE(error.find("第 2 行第 2 列"), std::string::npos) << error;
  EXPECT_NE(error.find("UTF-8"), std::string::npos);
  EXPECT_FALSE(parse_csv(std::string("a\n\"x\0y\"\n", 8), &error, &row));
  EXPECT_EQ(row, 2);
  EXPECT_TRUE(parse_csv("a\n\"一\n二\t三\"\r\n", &error, &row));
}

}  // namespace jixiao
