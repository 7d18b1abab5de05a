#include "annual_report/report_docx.h"

#include "documents/docx_parts.h"

namespace jixiao::annual_report {

using namespace documents::docx;

std::string report_docx(const ReportDocument& doc) {
  std::string b;
  b += para({.spacing = "w:after=\"578\"", .jc = "center"}, {{doc.title, kSong, kTitle}});
  for (const auto& block : doc.blocks) {
    documents::docx::Run r{block.text()};
    if (block.kind == Block::Kind::heading) {
      if (block.level == 1) r.font = kHei;
      if (block.level == 2) r.font = kKai;
      if (block.level == 3) r.bold = true;
    }
    // Headings and paragraphs alike keep two characters' indent, as the official layout does.
    b += para({.spacing = kBodyLine, .ind = kIndent, .jc = "both"}, {r});
  }
  const std::string right = "w:right=\"1280\"";
  b += para({.spacing = "w:before=\"960\" " + kBodyLine, .ind = right, .jc = "right"},
            {{doc.issuer}});
  b += para({.spacing = kBodyLine, .ind = right, .jc = "right"}, {{doc.date_text}});
  b += a4_section();
  return package(b);
}

}  // namespace jixiao::annual_report
