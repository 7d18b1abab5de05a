// The kinds of document evidence can be attached to, and who may read and change each one.
// Every document type registers one entry; the evidence service asks it before any access.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/model.h"

namespace jixiao::evidence {

// Where a document sits in the organisation; its evidence is filed under the same place.
struct DocumentPlace {
  long long region_id = 0;
  long long unit_id = 0;  // 0 when the document belongs to no unit
};

struct DocumentType {
  // The document_type value, which is also the audit entity of the document (so that evidence
  // changes appear in the document's history), e.g. "project".
  std::string name;
  std::string label;  // 中文, e.g. "项目"
  // The document's place when it exists and lies within the caller's read scope, else nullopt.
  std::function<std::optional<DocumentPlace>(soci::session&, const auth::Principal&, long long)>
      readable;
  // Whether the caller may add or remove the evidence of a document it can read. May throw
  // (e.g. precondition) when the document's state forbids changes.
  std::function<bool(soci::session&, const auth::Principal&, long long)> writable;
};

// Registered document types. Filled while the application is wired, read-only afterwards (so
// concurrent requests read it without locking).
class DocumentRegistry {
 public:
  // Throws std::logic_error when the name is already registered or a function is missing.
  void add(DocumentType type);
  const DocumentType* find(std::string_view name) const;
  std::vector<std::string> names() const;

 private:
  std::vector<DocumentType> types_;
};

}  // namespace jixiao::evidence
