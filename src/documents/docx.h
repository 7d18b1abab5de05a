// An issued document as a Word file (.docx), laid out as the web page lays it out (GB/T
// 9704-2012: A4 with its margins, the issuer in red above a red rule, the number, the title in
// 2号 小标宋, the body in 3号 仿宋 with two characters' indent, issuer and date at the foot, each
// attachment on a page of its own with its table). Pure: the document in, the file's bytes out.
#pragma once

#include <string>

#include "documents/model.h"

namespace jixiao::documents {

inline constexpr const char* kDocxType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// The letter's parts as the page shows them (the body's JSON already read).
struct Letter {
  std::string issuer;
  std::string number;
  std::string title;
  std::string addressee;
  std::vector<std::string> paragraphs;
  std::vector<Attachment> attachments;
  std::string date_text;  // 2026年1月20日
};

Letter letter_of(const OfficialDocument& d);
std::string docx_of(const Letter& letter);

}  // namespace jixiao::documents
