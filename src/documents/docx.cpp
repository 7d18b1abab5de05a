#include "documents/docx.h"

#include <algorithm>
#include <boost/json.hpp>

#include "base/text.h"
#include "base/zip.h"
#include "documents/numbering.h"

namespace jixiao::documents {

namespace {

// Sizes in half points (w:sz), lengths in twentieths of a point (twips): 1 mm = 56.7 twips.
constexpr int kBody = 32;        // 3号, 16 pt
constexpr int kTitle = 44;       // 2号, 22 pt
constexpr int kMasthead = 60;    // 30 pt
constexpr int kAnnexTitle = 36;  // 18 pt
constexpr int kTable = 24;       // 12 pt
constexpr const char* kRed = "D40000";
constexpr const char* kSong = "方正小标宋简体";
constexpr const char* kFang = "仿宋_GB2312";
constexpr const char* kHei = "黑体";

struct Run {
  std::string text;
  const char* font = kFang;
  int size = kBody;
  const char* color = nullptr;
};

std::string run(const Run& r) {
  std::string props = std::string("<w:rPr><w:rFonts w:ascii=\"") + r.font + "\" w:hAnsi=\"" +
                      r.font + "\" w:eastAsia=\"" + r.font + "\"/>";
  if (r.color) props += std::string("<w:color w:val=\"") + r.color + "\"/>";
  props += "<w:sz w:val=\"" + std::to_string(r.size) + "\"/><w:szCs w:val=\"" +
           std::to_string(r.size) + "\"/></w:rPr>";
  // A line break inside a paragraph (the page keeps them: white-space: pre-wrap).
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

// A paragraph's properties, written in the order the schema requires (CT_PPrBase: borders,
// spacing, indents, alignment); Word refuses a file that mixes them up.
struct Props {
  std::string border = {};   // a w:pBdr
  std::string spacing = {};  // attributes of w:spacing
  std::string ind = {};      // attributes of w:ind
  std::string jc = {};       // left, center, right, both
};

std::string para(const Props& p, const std::vector<Run>& runs) {
  std::string out = "<w:p><w:pPr>" + p.border;
  if (!p.spacing.empty()) out += "<w:spacing " + p.spacing + "/>";
  if (!p.ind.empty()) out += "<w:ind " + p.ind + "/>";
  if (!p.jc.empty()) out += "<w:jc w:val=\"" + p.jc + "\"/>";
  out += "</w:pPr>";
  for (const auto& r : runs) out += run(r);
  return out + "</w:p>";
}

// The body's line pitch: 22 lines on the type area, 28.9 pt each.
const std::string kBodyLine = "w:line=\"578\" w:lineRule=\"exact\"";
// Two characters' first-line indent.
const std::string kIndent = "w:firstLineChars=\"200\" w:firstLine=\"640\"";
// The type area's width: A4 less the left and right margins, in twips.
constexpr int kTypeWidth = 11906 - 1588 - 1474;

std::string page_break() { return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"; }

std::string table(const Attachment& a) {
  const std::string border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"";
  std::string out =
      "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders><w:top " + border +
      "/><w:left " + border + "/><w:bottom " + border + "/><w:right " + border + "/><w:insideH " +
      border + "/><w:insideV " + border +
      "/></w:tblBorders><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" "
      "w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>";
  const int columns = static_cast<int>(std::max<std::size_t>(a.header.size(), 1));
  for (int i = 0; i < columns; ++i)
    out += "<w:gridCol w:w=\"" + std::to_string(kTypeWidth / columns) + "\"/>";
  out += "</w:tblGrid>";
  const auto row = [&](const std::vector<std::string>& cells, bool head) {
    std::string r = head ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>";
    for (const auto& c : cells) {
      r += "<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>" +
           para({.jc = head ? "center" : ""}, {{c, head ? kHei : kFang, kTable}}) + "</w:tc>";
    }
    return r + "</w:tr>";
  };
  out += row(a.header, true);
  for (const auto& r : a.rows) out += row(r, false);
  return out + "</w:tbl>";
}

std::string body_xml(const Letter& l) {
  std::string b;
  b += para({.jc = "center"}, {{l.issuer, kSong, kMasthead, kRed}});
  b += para({.spacing = "w:before=\"200\"", .jc = "center"}, {{l.number}});
  // The red rule under the masthead.
  b += para({.border = "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"18\" w:space=\"1\" w:color=\"" +
                       std::string(kRed) + "\"/></w:pBdr>"},
            {});
  b += para({.spacing = "w:before=\"480\" w:after=\"360\"", .jc = "center"},
            {{l.title, kSong, kTitle}});
  b += para({.spacing = kBodyLine}, {{l.addressee + "："}});
  for (const auto& p : l.paragraphs)
    b += para({.spacing = kBodyLine, .ind = kIndent, .jc = "both"}, {{p}});
  if (!l.attachments.empty()) {
    std::string annex = "附件：";
    for (std::size_t i = 0; i < l.attachments.size(); ++i) {
      if (i) annex += "\n　　　";
      if (l.attachments.size() > 1) annex += std::to_string(i + 1) + ". ";
      annex += l.attachments[i].title;
    }
    b += para({.spacing = "w:before=\"578\" " + kBodyLine, .ind = kIndent}, {{annex}});
  }
  const std::string right = "w:right=\"1280\"";
  b +=
      para({.spacing = "w:before=\"960\" " + kBodyLine, .ind = right, .jc = "right"}, {{l.issuer}});
  b += para({.spacing = kBodyLine, .ind = right, .jc = "right"}, {{l.date_text}});
  for (std::size_t i = 0; i < l.attachments.size(); ++i) {
    const auto& a = l.attachments[i];
    b += page_break();
    b += para({}, {{"附件" + (l.attachments.size() > 1 ? std::to_string(i + 1) : ""), kHei}});
    b += para({.spacing = "w:before=\"240\" w:after=\"240\"", .jc = "center"},
              {{a.title, kSong, kAnnexTitle}});
    b += table(a);
  }
  // A4 with the margins of GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
  b += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" "
       "w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" "
       "w:gutter=\"0\"/></w:sectPr>";
  return b;
}

constexpr const char* kXml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kRel = "http://schemas.openxmlformats.org/package/2006/relationships";

}  // namespace

Letter letter_of(const OfficialDocument& d) {
  Letter l{d.issuer, d.number, d.title, d.addressee, {}, {}, chinese_date(d.issued_on)};
  const auto body = boost::json::parse(d.body).as_object();
  for (const auto& p : body.at("paragraphs").as_array()) l.paragraphs.emplace_back(p.as_string());
  for (const auto& v : body.at("attachments").as_array()) {
    const auto& o = v.as_object();
    Attachment a;
    a.title = o.at("title").as_string();
    for (const auto& h : o.at("header").as_array()) a.header.emplace_back(h.as_string());
    for (const auto& r : o.at("rows").as_array()) {
      auto& row = a.rows.emplace_back();
      for (const auto& c : r.as_array()) row.emplace_back(c.as_string());
    }
    l.attachments.push_back(std::move(a));
  }
  return l;
}

std::string docx_of(const Letter& letter) {
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
                                   body_xml(letter) + "</w:body></w:document>");
  return zip.finish();
}

}  // namespace jixiao::documents
