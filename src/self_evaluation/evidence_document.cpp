#include "self_evaluation/evidence_document.h"

#include <algorithm>

#include "self_evaluation/repo.h"
#include "self_evaluation/review_repo.h"
#include "self_evaluation/workflow.h"

namespace jixiao::self_evaluation {

evidence::DocumentType evidence_document() {
  evidence::DocumentType t;
  t.name = "self_evaluation";
  t.label = "绩效自评";
  t.readable = [](soci::session& s, const auth::Principal& me,
                  long long id) -> std::optional<evidence::DocumentPlace> {
    const auto e = repo::find(s, id, auth::read_scope(me));
    if (e) return evidence::DocumentPlace{e->region_id, e->unit_id};
    // The reviewer of its spot check reads it too (R-RV-2), whatever their own scope.
    if (const auto place = review_repo::reviewed_by(s, id, me.user_id))
      return evidence::DocumentPlace{place->first, place->second};
    return std::nullopt;
  };
  // Its author adds and removes evidence while the evaluation may be edited.
  t.writable = [](soci::session& s, const auth::Principal& me, long long id) {
    const auto e = repo::find(s, id, auth::read_scope(me));
    if (!e) return false;
    return evaluation_workflow().allows(e->status, "edit", evaluation_actors(s, me, *e));
  };
  return t;
}

}  // namespace jixiao::self_evaluation
