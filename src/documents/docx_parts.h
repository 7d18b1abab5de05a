// The parts a Word file (.docx) is written from, shared by every printed document: runs and
// paragraphs in GB/T 9704-2012's fonts and sizes, the A4 section with its margins, and the package
// (content types, relationships, styles) around a body. Pure.
#pragma once

#include <string>
#include <vector>

namespace jixiao::documents::docx {

// Sizes in half points (w:sz), lengths in twentieths of a point (twips): 1 mm = 56.7 twips.
inline constexpr int kBody = 32;        // 3号, 16 pt
inline constexpr int kTitle = 44;       // 2号, 22 pt
inline constexpr int kMasthead = 60;    // 30 pt
inline constexpr int kAnnexTitle = 36;  // 18 pt
inline constexpr int kTable = 24;       // 12 pt
inline constexpr const char* kRed = "D40000";
inline constexpr const char* kSong = "方正小标宋简体";
inline constexpr const char* kFang = "仿宋_GB2312";
inline constexpr const char* kHei = "黑体";
inline constexpr const char* kKai = "楷体_GB2312";

struct Run {
  std::string text;
  const char* font = kFang;
  int size = kBody;
  const char* color = nullptr;
  bool bold = false;
};

// A run; a line break in its text becomes a w:br (the page keeps them: white-space: pre-wrap).
std::string run(const Run& r);

// A paragraph's properties, written in the order the schema requires (CT_PPrBase: borders,
// spacing, indents, alignment); Word refuses a file that mixes them up.
struct Props {
  std::string border = {};   // a w:pBdr
  std::string spacing = {};  // attributes of w:spacing
  std::string ind = {};      // attributes of w:ind
  std::string jc = {};       // left, center, right, both
};

std::string para(const Props& p, const std::vector<Run>& runs);

// The body's line pitch: 22 lines on the type area, 28.9 pt each.
inline const std::string kBodyLine = "w:line=\"578\" w:lineRule=\"exact\"";
// Two characters' first-line indent.
inline const std::string kIndent = "w:firstLineChars=\"200\" w:firstLine=\"640\"";
// The type area's width: A4 less the left and right margins, in twips.
inline constexpr int kTypeWidth = 11906 - 1588 - 1474;

std::string page_break();

// A4 with the margins of GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
std::string a4_section();

// The .docx file around a body's XML (its paragraphs, tables and section).
std::string package(const std::string& body_xml);

}  // namespace jixiao::documents::docx
