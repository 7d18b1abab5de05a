#include "documents/docx_parts.h"

#include "base/text.h"
#include "base/zip.h"

namespace jixiao::documents::docx {

namespace {

constexpr const char* kXml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kRel = "http://schemas.openxmlformats.org/package/2006/relationships";

}  // namespace

std::string run(const Run& r) {
  std::string props = std::string("<w:rPr><w:rFonts w:ascii=\"") + r.font + "\" w:hAnsi=\"" +
                      r.font + "\" w:eastAsia=\"" + r.font + "\"/>";
  if (r.bold) props += "<w:b/>";
  if (r.color) props += std::string("<w:color w:val=\"") + r.color + "\"/>";
  props += "<w:sz w:val=\"" + std::to_string(r.size) + "\"/><w:szCs w:val=\"" +
           std::to_string(r.size) + "\"/></w:rPr>";
  std::string out = "<w:r>" + props;
  std::size_t from = 0;
  for (;;) {
    const auto nl = r.text.find('\n', from);
    out += "<w:t xml:space=\"preserve\">" +
           escape_xml(std::string_view(r.text).substr(from, nl - from)) + "</w:t>";
    if (nl == std::string::npos) break;
    out += "<w:br/>";
    from = nl + 1;
  }
  return out + "</w:r>";
}

std::string para(const Props& p, const std::vector<Run>& runs) {
  std::string out = "<w:p><w:pPr>" + p.border;
  if (!p.spacing.empty()) out += "<w:spacing " + p.spacing + "/>";
  if (!p.ind.empty()) out += "<w:ind " + p.ind + "/>";
  if (!p.jc.empty()) out += "<w:jc w:val=\"" + p.jc + "\"/>";
  out += "</w:pPr>";
  for (const auto& r : runs) out += run(r);
  return out + "</w:p>";
}

std::string page_break() { return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"; }

std::string a4_section() {
  return "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" "
         "w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" "
         "w:gutter=\"0\"/></w:sectPr>";
}

std::string package(const std::string& body_xml) {
  ZipWriter zip;
  zip.add("[Content_Types].xml",
          std::string(kXml) +
              "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" "
              "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/word/document.xml\" "
              "ContentType=\"application/"
              "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              "<Override PartName=\"/word/styles.xml\" "
              "ContentType=\"application/"
              "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>");
  zip.add("_rels/.rels", std::string(kXml) + "<Relationships xmlns=\"" + kRel +
                             "\"><Relationship Id=\"rId1\" "
                             "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                             "relationships/officeDocument\" Target=\"word/document.xml\"/>"
                             "</Relationships>");
  zip.add("word/_rels/document.xml.rels",
          std::string(kXml) + "<Relationships xmlns=\"" + kRel +
              "\"><Relationship Id=\"rId1\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "styles\" Target=\"styles.xml\"/></Relationships>");
  zip.add("word/styles.xml",
          std::string(kXml) + "<w:styles xmlns:w=\"" + kW +
              "\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"" + kFang +
              "\" w:hAnsi=\"" + kFang + "\" w:eastAsia=\"" + kFang +
              "\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang w:val=\"zh-CN\" "
              "w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing "
              "w:after=\"0\"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>");
  zip.add("word/document.xml", std::string(kXml) + "<w:document xmlns:w=\"" + kW + "\"><w:body>" +
                                   body_xml + "</w:body></w:document>");
  return zip.finish();
}

}  // namespace jixiao::documents::docx
