#include "evidence/documents.h"
#include "projects/repo.h"

namespace jixiao::evidence {

DocumentType project_document() {
  DocumentType t;
  t.name = "project";
  t.label = "项目";
  t.readable = [](soci::session& s, const auth::Principal& me,
                  long long id) -> std::optional<DocumentPlace> {
    const auto p = projects::repo::find(s, id, auth::read_scope(me));
    if (!p) return std::nullopt;
    return DocumentPlace{p->region_id, p->unit_id};
  };
  t.writable = [](soci::session& s, const auth::Principal& me, long long id) {
    return projects::repo::find(s, id, auth::write_scope(me)).has_value();
  };
  return t;
}

}  // namespace jixiao::evidence
