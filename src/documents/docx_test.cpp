#include "documents/docx.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace jixiao::documents {
namespace {

// Entries are stored uncompressed: a part's text sits in the archive as it was written.
std::string part(const std::string& docx, const std::string& start, const std::string& end) {
  const auto from = docx.find(start);
  const auto to = docx.find(end, from);
  if (from == std::string::npos || to == std::string::npos) return {};
  return docx.substr(from, to + end.size() - from);
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

Letter letter() {
  Letter l;
  l.issuer = "云岭州财政局";
  l.number = "云岭州财绩批〔2026〕3号";
  l.title = "关于“A&B<项目>”2026年度绩效目标的批复";
  l.addressee = "州教育体育局";
  l.paragraphs = {"你单位报送的绩效目标收悉。", "第二段\n换行"};
  l.attachments = {{"绩效目标表", {"一级指标", "指标值"}, {{"产出", "≥95%"}}},
                   {"审核意见", {"意见"}, {{"无"}}}};
  l.date_text = "2026年1月20日";
  return l;
}

TEST(Docx, TheLetterIsAWordDocumentWithEveryPart) {
  const std::string docx = docx_of(letter());
  ASSERT_EQ(docx.substr(0, 2), "PK");
  for (const char* name : {"[Content_Types].xml", "_rels/.rels", "word/document.xml",
                           "word/styles.xml", "word/_rels/document.xml.rels"})
    EXPECT_NE(docx.find(name), std::string::npos) << name;
  const std::string doc = part(docx, "<w:document", "</w:document>");
  ASSERT_FALSE(doc.empty());
  // Text is escaped, never markup.
  EXPECT_NE(doc.find("关于“A&amp;B&lt;项目&gt;”2026年度绩效目标的批复"), std::string::npos);
  EXPECT_NE(doc.find("云岭州财绩批〔2026〕3号"), std::string::npos);
  EXPECT_NE(doc.find("第二段</w:t><w:br/><w:t xml:space=\"preserve\">换行"), std::string::npos);
  EXPECT_NE(doc.find("附件：1. 绩效目标表"), std::string::npos);
  // Each attachment starts a page of its own and has its table with a repeating header row.
  EXPECT_EQ(count(doc, "<w:br w:type=\"page\"/>"), 2u);
  EXPECT_EQ(count(doc, "<w:tbl>"), 2u);
  EXPECT_EQ(count(doc, "<w:tblHeader/>"), 2u);
  EXPECT_NE(doc.find("≥95%"), std::string::npos);
  // A4 with GB/T 9704's margins; the issuer in red.
  EXPECT_NE(doc.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), std::string::npos);
  EXPECT_NE(doc.find("w:top=\"2098\""), std::string::npos);
  EXPECT_NE(doc.find("<w:color w:val=\"D40000\"/>"), std::string::npos);
}

TEST(Docx, ParagraphPropertiesFollowTheSchemasOrder) {
  const std::string doc = part(docx_of(letter()), "<w:document", "</w:document>");
  // Borders, spacing, indents, alignment: Word refuses them in another order.
  for (auto at = doc.find("<w:pPr>"); at != std::string::npos; at = doc.find("<w:pPr>", at + 1)) {
    const std::string props = doc.substr(at, doc.find("</w:pPr>", at) - at);
    std::vector<std::size_t> found;
    for (const char* tag : {"<w:pBdr", "<w:spacing", "<w:ind", "<w:jc"})
      if (const auto p = props.find(tag); p != std::string::npos) found.push_back(p);
    EXPECT_TRUE(std::is_sorted(found.begin(), found.end())) << props;
  }
}

}  // namespace
}  // namespace jixiao::documents
