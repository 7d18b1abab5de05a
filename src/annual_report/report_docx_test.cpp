#include "annual_report/report_docx.h"

#include <gtest/gtest.h>

#include "base/zip.h"

namespace jixiao::annual_report {
namespace {

ReportDocument sample() {
  ReportDocument d;
  d.title = "云岭州2026年度预算绩效管理工作报告";
  d.issuer = "云岭州财政局";
  d.date_text = "2026年12月5日";
  d.blocks = {{Block::Kind::heading, 1, "", {{"一、预算绩效管理工作开展情况", std::nullopt}}},
              {Block::Kind::heading,
               2,
               "self_evaluation",
               {{"（五）绩效评价（2025年预算）", std::nullopt}}},
              {Block::Kind::paragraph,
               0,
               "self_evaluation",
               {{"2026年全州开展绩效自评项目", std::nullopt},
                {"3,822", FigureRef{"self_evaluations.projects", "all", 0, "count", 2025}},
                {"个&<>。", std::nullopt}}}};
  return d;
}

// 打开 Word 文件读出 document.xml：标题、各级标题、数字与落款都在，字体按公文格式。
TEST(AnnualReportDocx, Word文件含标题各级标题与数字) {
  const auto bytes = report_docx(sample());
  const auto xml = zip_stored_entry(bytes, "word/document.xml");
  ASSERT_TRUE(xml.has_value());
  for (const char* text :
       {"云岭州2026年度预算绩效管理工作报告", "一、预算绩效管理工作开展情况",
        "（五）绩效评价（2025年预算）", "2026年全州开展绩效自评项目3,822个&amp;&lt;&gt;。",
        "云岭州财政局", "2026年12月5日"})
    EXPECT_NE(xml->find(text), std::string::npos) << text;
  EXPECT_NE(xml->find("方正小标宋简体"), std::string::npos);
  EXPECT_NE(xml->find("w:eastAsia=\"黑体\"/><w:sz w:val=\"32\"/>"), std::string::npos);
  EXPECT_NE(xml->find("楷体_GB2312"), std::string::npos);
  EXPECT_TRUE(zip_stored_entry(bytes, "word/styles.xml").has_value());
  EXPECT_FALSE(zip_stored_entry(bytes, "word/none.xml").has_value());
}

}  // namespace
}  // namespace jixiao::annual_report
