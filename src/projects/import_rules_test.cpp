#include "projects/import_rules.h"

#include <gtest/gtest.h>

namespace jixiao::projects {

namespace {
std::vector<CsvRow> sheet(std::vector<CsvRow> rows) {
  rows.insert(rows.begin(), CsvRow{"项目编码", "项目名称", "单位编码", "年度", "资金类型",
                                   "金额(万元)", "支出功能分类", "项目类别", "项目标签"});
  return rows;
}
}  // namespace

TEST(ImportRules, ReadsChineseHeadersLabelsAndAmountsInWan) {
  auto parsed = parse_project_rows(sheet({{"P001", "学校维修", "101001", "2026", "一般公共预算",
                                           "12.345678", "2050202", "新增项目", "直达资金、PPP"}}));
  ASSERT_TRUE(parsed.errors.empty());
  ASSERT_EQ(parsed.rows.size(), 1u);
  const auto& in = parsed.rows[0].input;
  EXPECT_EQ(parsed.rows[0].row, 2);
  EXPECT_EQ(parsed.rows[0].unit_code, "101001");
  EXPECT_EQ(*in.fund_type, "general");
  EXPECT_EQ(*in.amount_fen, 12'345'678);
  EXPECT_EQ(*in.category, "new");
  EXPECT_EQ(*in.tags, (std::vector<std::string>{"direct_fund", "ppp"}));
}

TEST(ImportRules, ReportsEveryBadCellWithRowAndColumn) {
  auto parsed = parse_project_rows(sheet({
      {"P001", "好的", "101", "2026", "general", "1", "205", "new", ""},
      {"P002", "", "101", "20x6", "现金", "-1", "205", "old", "礼品"},
      {"P001", "重复", "101", "2026", "general", "1.0000001", "205", "new", ""},
  }));
  EXPECT_EQ(parsed.rows.size(), 1u);
  auto has = [&](long long row, const std::string& column) {
    for (const auto& e : parsed.errors)
      if (e.row == row && e.column == column) return true;
    return false;
  };
  EXPECT_TRUE(has(3, "项目名称"));
  EXPECT_TRUE(has(3, "年度"));
  EXPECT_TRUE(has(3, "资金类型"));
  EXPECT_TRUE(has(3, "金额(万元)"));
  EXPECT_TRUE(has(3, "项目类别"));
  EXPECT_TRUE(has(3, "项目标签"));
  EXPECT_TRUE(has(4, "金额(万元)"));  // finer than a fen
  EXPECT_TRUE(has(4, "项目编码"));    // repeated in the file
}

TEST(ImportRules, RefusesAHeaderWithoutRequiredColumns) {
  auto parsed = parse_project_rows({{"项目名称", "年度"}, {"x", "2026"}});
  EXPECT_TRUE(parsed.rows.empty());
  ASSERT_FALSE(parsed.errors.empty());
  EXPECT_EQ(parsed.errors[0].row, 1);
}

}  // namespace jixiao::projects
