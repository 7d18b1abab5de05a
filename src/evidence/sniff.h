// What a file really is, told from its bytes and never from its name: only an allow-list of
// document and image types may be kept as evidence (an .exe renamed .pdf is refused).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jixiao::evidence {

struct FileType {
  std::string content_type;  // canonical media type, e.g. "application/pdf"
  std::string label;         // 中文 name for the UI, e.g. "PDF 文档"
};

// The type of the bytes when it is on the allow-list: PDF, PNG, JPEG, GIF, OFD, docx, xlsx,
// pptx, legacy doc/xls/ppt, and UTF-8 text (CSV when the name ends in .csv, plain text otherwise;
// the name only chooses between these two equally harmless kinds). nullopt for anything else.
std::optional<FileType> sniff(std::string_view bytes, std::string_view filename = {});

// The 中文 label of a stored content type (as sniff gave it); "文件" for an unknown one.
std::string type_label(std::string_view content_type);

}  // namespace jixiao::evidence
