#include "projects/import_rules.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <map>

#include "cases/cases.h"

namespace jixiao::projects {

namespace {

// The cases the web app's importRows.ts is checked with too (tests/web/importRows.test.mjs).
const boost::json::object& cases() { return cases::load("project_import").as_object(); }

using cases::text;

std::vector<CsvRow> file_of(const boost::json::object& c) { return cases::import_file(cases(), c); }

}  // namespace

TEST(ImportRules, ImportFilesOfTheCases) {
  const auto& all = cases().at("cases").as_array();
  ASSERT_FALSE(all.empty());
  for (const auto& v : all) {
    const auto& c = v.as_object();
    SCOPED_TRACE(text(c.at("note")));
    const auto csv = file_of(c);
    const auto parsed = parse_project_rows(csv);
    cases::expect_import_result(c, csv, parsed);
  }
}

// What only the server does: the values it reads for the project.
TEST(ImportRules, ReadsChineseHeadersLabelsAndAmountsInWan) {
  auto parsed = parse_project_rows({{"项目编码", "项目名称", "单位编码", "年度", "资金类型",
                                     "金额(万元)", "支出功能分类", "项目类别", "项目标签"},
                                    {"P001", "学校维修", "101001", "2026", "一般公共预算",
                                     "12.345678", "2050202", "新增项目", "直达资金、PPP"}});
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

}  // namespace jixiao::projects
