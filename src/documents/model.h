// Official documents (公文): letters issued once, numbered per region, year and kind, and kept
// as sent. A stage composes the letter (its title, addressee, paragraphs and attachment); this
// module numbers it, stores it, answers who may read it and lays it out for print.
#pragma once

#include <string>
#include <vector>

namespace jixiao::documents {

// A table attached to a letter (附件), e.g. the approved indicators: a header row and rows of
// cells, as they print.
struct Attachment {
  std::string title;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

// What a stage hands over to be issued.
struct DocumentDraft {
  long long region_id = 0;
  long long year = 0;
  std::string kind;     // a key of kKinds (documents/kinds.h)
  std::string subject;  // what it is about: "target"
  long long subject_id = 0;
  long long department_id = 0;  // who may read it besides the issuing region: as the subject
  long long unit_id = 0;
  std::string title;                    // 关于……的批复
  std::string addressee;                // 州教育体育局
  std::vector<std::string> paragraphs;  // the body, one paragraph each, in order
  std::vector<Attachment> attachments;
  std::string issued_on;  // ISO date; empty: today (a record of letters sent before)
};

// An issued document.
struct OfficialDocument {
  long long id = 0;
  long long region_id = 0;
  long long year = 0;
  std::string kind;
  long long seq = 0;
  std::string number;  // 文号: 云岭州财绩〔2026〕3号
  std::string subject;
  long long subject_id = 0;
  long long department_id = 0;
  long long unit_id = 0;
  std::string title;
  std::string addressee;
  std::string body;       // JSON: {"paragraphs": [...], "attachments": [...]}
  std::string issuer;     // 云岭州财政局
  std::string issued_on;  // 2026-01-20
  long long issued_by = 0;
  std::string issued_by_name;
  std::string created_at;
};

}  // namespace jixiao::documents
