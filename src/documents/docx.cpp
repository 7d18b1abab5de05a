#include "documents/docx.h"

#include <algorithm>
#include <boost/json.hpp>

#include "documents/docx_parts.h"
#include "documents/numbering.h"

namespace jixiao::documents {

namespace {

using namespace docx;

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
  b += a4_section();
  return b;
}

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

std::string docx_of(const Letter& letter) { return package(body_xml(letter)); }

}  // namespace jixiao::documents
