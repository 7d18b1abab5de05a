#include "evidence/sniff.h"

#include <cstdint>
#include <vector>

#include "base/text.h"

namespace jixiao::evidence {

namespace {

struct Known {
  const char* content_type;
  const char* label;
};

constexpr Known kPdf{"application/pdf", "PDF 文档"};
constexpr Known kPng{"image/png", "PNG 图片"};
constexpr Known kJpeg{"image/jpeg", "JPEG 图片"};
constexpr Known kGif{"image/gif", "GIF 图片"};
constexpr Known kOfd{"application/ofd", "OFD 版式文件"};
constexpr Known kDocx{"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      "Word 文档"};
constexpr Known kXlsx{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      "Excel 表格"};
constexpr Known kPptx{"application/vnd.openxmlformats-officedocument.presentationml.presentation",
                      "PowerPoint 演示文稿"};
constexpr Known kDoc{"application/msword", "Word 97-2003 文档"};
constexpr Known kXls{"application/vnd.ms-excel", "Excel 97-2003 表格"};
constexpr Known kPpt{"application/vnd.ms-powerpoint", "PowerPoint 97-2003 演示文稿"};
constexpr Known kCsv{"text/csv", "CSV 表格"};
constexpr Known kText{"text/plain", "文本文件"};

constexpr Known kAll[] = {kPdf,  kPng, kJpeg, kGif, kOfd, kDocx, kXlsx,
                          kPptx, kDoc, kXls,  kPpt, kCsv, kText};

FileType make(const Known& k) { return {k.content_type, k.label}; }

bool starts_with(std::string_view bytes, std::string_view magic) {
  return bytes.substr(0, magic.size()) == magic;
}

std::uint32_t u16(std::string_view b, std::size_t at) {
  return static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8;
}

std::uint32_t u32(std::string_view b, std::size_t at) { return u16(b, at) | u16(b, at + 2) << 16; }

// Entry names of a zip archive, read from its central directory (as unzip tools do); empty when
// the archive is malformed.
std::vector<std::string_view> zip_names(std::string_view b) {
  constexpr std::size_t kEndSize = 22;  // end of central directory record, without comment
  if (b.size() < kEndSize) return {};
  std::size_t end = std::string_view::npos;
  const std::size_t lowest = b.size() > kEndSize + 0xFFFF ? b.size() - kEndSize - 0xFFFF : 0;
  for (std::size_t i = b.size() - kEndSize + 1; i-- > lowest;) {
    if (b.compare(i, 4, "PK\x05\x06") == 0) {
      end = i;
      break;
    }
  }
  if (end == std::string_view::npos) return {};
  const std::size_t count = u16(b, end + 10);
  std::size_t at = u32(b, end + 16);
  std::vector<std::string_view> names;
  for (std::size_t n = 0; n < count; ++n) {
    constexpr std::size_t kHeader = 46;
    if (at > end || end - at < kHeader || b.compare(at, 4, "PK\x01\x02") != 0) return {};
    const std::size_t name_len = u16(b, at + 28);
    const std::size_t rest = name_len + u16(b, at + 30) + u16(b, at + 32);
    if (end - at - kHeader < rest) return {};
    names.push_back(b.substr(at + kHeader, name_len));
    at += kHeader + rest;
  }
  return names;
}

std::optional<FileType> sniff_zip(std::string_view bytes) {
  const auto names = zip_names(bytes);
  bool content_types = false, word = false, excel = false, powerpoint = false, ofd = false;
  for (std::string_view name : names) {
    if (name == "[Content_Types].xml") content_types = true;
    if (name == "OFD.xml") ofd = true;
    if (starts_with(name, "word/")) word = true;
    if (starts_with(name, "xl/")) excel = true;
    if (starts_with(name, "ppt/")) powerpoint = true;
    // Macro projects are code: such documents are not accepted as evidence.
    if (name.size() >= 14 && name.substr(name.size() - 14) == "vbaProject.bin") return std::nullopt;
  }
  if (content_types && word) return make(kDocx);
  if (content_types && excel) return make(kXlsx);
  if (content_types && powerpoint) return make(kPptx);
  if (ofd) return make(kOfd);
  return std::nullopt;  // any other archive could hold anything
}

// Compound File Binary (OLE2) documents: found by the name of their main stream. Directory
// entries are 128 bytes at 128-byte offsets after the 512-byte header, whatever the sector size.
std::optional<FileType> sniff_ole2(std::string_view bytes) {
  auto has_stream = [&](std::string_view ascii) {
    const std::size_t name_bytes = (ascii.size() + 1) * 2;
    for (std::size_t at = 512; at + 128 <= bytes.size(); at += 128) {
      if (u16(bytes, at + 64) != name_bytes || bytes[at + 66] != 2) continue;  // 2: a stream
      bool same = true;
      for (std::size_t i = 0; same && i < ascii.size(); ++i)
        same = bytes[at + 2 * i] == ascii[i] && bytes[at + 2 * i + 1] == 0;
      if (same) return true;
    }
    return false;
  };
  if (has_stream("WordDocument")) return make(kDoc);
  if (has_stream("PowerPoint Document")) return make(kPpt);
  if (has_stream("Workbook") || has_stream("Book")) return make(kXls);
  return std::nullopt;  // installers (.msi) and other compound files
}

bool ends_with_csv(std::string_view name) {
  if (name.size() < 4) return false;
  std::string ext(name.substr(name.size() - 4));
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return ext == ".csv";
}

// UTF-8 text (an optional BOM) without NUL or control characters other than tab, line breaks and
// form feed.
bool is_text(std::string_view bytes) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  for (char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) return false;
  }
  return is_valid_utf8(bytes);
}

}  // namespace

std::optional<FileType> sniff(std::string_view bytes, std::string_view filename) {
  if (bytes.empty()) return std::nullopt;
  if (starts_with(bytes, "%PDF-")) return make(kPdf);
  if (starts_with(bytes, "\x89PNG\r\n\x1A\n")) return make(kPng);
  if (starts_with(bytes, "\xFF\xD8\xFF")) return make(kJpeg);
  if (starts_with(bytes, "GIF87a") || starts_with(bytes, "GIF89a")) return make(kGif);
  if (starts_with(bytes, "PK\x03\x04")) return sniff_zip(bytes);
  if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return sniff_ole2(bytes);
  if (is_text(bytes)) return make(ends_with_csv(filename) ? kCsv : kText);
  return std::nullopt;
}

std::string type_label(std::string_view content_type) {
  for (const auto& k : kAll)
    if (content_type == k.content_type) return k.label;
  return "文件";
}

}  // namespace jixiao::evidence
