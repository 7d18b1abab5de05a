#include "documents/numbering.h"

#include <gtest/gtest.h>

namespace jixiao::documents {
namespace {

struct Case {
  const char* tmpl;
  const char* region;
  long long year, seq;
  const char* number;
};

TEST(DocumentNumber, FillsRegionYearAndSequence) {
  const Case cases[] = {
      {"{地区}财绩〔{年度}〕{序号}号", "云岭州", 2026, 3, "云岭州财绩〔2026〕3号"},
      {"西财监绩发〔{年度}〕{序号}号", "西双版纳州", 2026, 12, "西财监绩发〔2026〕12号"},
      {"{地区}财预〔{年度}〕{序号}号", "云溪县", 2027, 105, "云溪县财预〔2027〕105号"},
      {"{unknown}〔{年度}〕{序号}号", "云岭州", 2026, 1, "{unknown}〔2026〕1号"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(fill_template(c.tmpl, c.region, c.year, c.seq), c.number) << c.tmpl;
}

TEST(DocumentNumber, NeedsYearAndSequenceToTellDocumentsApart) {
  EXPECT_TRUE(numbers_apart("{地区}财绩〔{年度}〕{序号}号"));
  EXPECT_FALSE(numbers_apart("{地区}财绩〔2026〕{序号}号"));
  EXPECT_FALSE(numbers_apart("{地区}财绩〔{年度}〕号"));
}

TEST(DocumentDate, ArabicNumeralsWithoutLeadingZeros) {
  EXPECT_EQ(chinese_date("2026-01-20"), "2026年1月20日");
  EXPECT_EQ(chinese_date("2026-10-05T09:00:00Z"), "2026年10月5日");
  EXPECT_EQ(chinese_date("2026-12-31"), "2026年12月31日");
}

}  // namespace
}  // namespace jixiao::documents
