#include "rectify/evidence_document.h"

#include <algorithm>

#include "rectify/repo.h"
#include "rectify/workflow.h"

namespace jixiao::rectify {

evidence::DocumentType evidence_document() {
  evidence::DocumentType t;
  t.name = "finding";
  t.label = "整改问题";
  t.readable = [](soci::session& s, const auth::Principal& me,
                  long long id) -> std::optional<evidence::DocumentPlace> {
    const auto f = repo::find(s, id, auth::read_scope(me));
    if (!f) return std::nullopt;
    return evidence::DocumentPlace{f->region_id, f->unit_id};
  };
  // The unit adds its evidence while it puts the finding right (before it answers).
  t.writable = [](soci::session& s, const auth::Principal& me, long long id) {
    const auto f = repo::find(s, id, auth::read_scope(me));
    if (!f) return false;
    const auto actors = finding_actors(s, me, *f);
    return f->status == "open" && std::ranges::find(actors, "author") != actors.end();
  };
  return t;
}

}  // namespace jixiao::rectify
