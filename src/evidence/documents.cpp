#include "evidence/documents.h"

#include <stdexcept>

namespace jixiao::evidence {

void DocumentRegistry::add(DocumentType type) {
  if (type.name.empty() || !type.readable || !type.writable)
    throw std::logic_error("document type needs a name and both access functions");
  if (find(type.name)) throw std::logic_error("document type registered twice: " + type.name);
  types_.push_back(std::move(type));
}

const DocumentType* DocumentRegistry::find(std::string_view name) const {
  for (const auto& t : types_)
    if (t.name == name) return &t;
  return nullptr;
}

std::vector<std::string> DocumentRegistry::names() const {
  std::vector<std::string> out;
  for (const auto& t : types_) out.push_back(t.name);
  return out;
}

}  // namespace jixiao::evidence
