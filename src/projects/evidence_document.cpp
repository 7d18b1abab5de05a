#include "projects/evidence_document.h"

#include "projects/repo.h"

namespace jixiao::projects {

evidence::DocumentType evidence_document() {
  evidence::DocumentType t;
  t.name = "project";
  t.label = "项目";
  t.readable = [](soci::session& s, const auth::Principal& me,
                  long long id) -> std::optional<evidence::DocumentPlace> {
    const auto p = repo::find(s, id, auth::read_scope(me));
    if (!p) return std::nullopt;
    return evidence::DocumentPlace{p->region_id, p->unit_id};
  };
  t.writable = [](soci::session& s, const auth::Principal& me, long long id) {
    return repo::find(s, id, auth::write_scope(me)).has_value();
  };
  return t;
}

}  // namespace jixiao::projects
