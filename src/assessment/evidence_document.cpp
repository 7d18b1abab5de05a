#include "assessment/evidence_document.h"

#include "assessment/repo.h"
#include "assessment/service.h"
#include "assessment/workflow.h"

namespace jixiao::assessment {

evidence::DocumentType evidence_document() {
  evidence::DocumentType t;
  t.name = "assessment";
  t.label = "事前绩效评估";
  t.readable = [](soci::session& s, const auth::Principal& me,
                  long long id) -> std::optional<evidence::DocumentPlace> {
    const auto a = repo::find(s, id, reader_of(me));
    if (!a) return std::nullopt;
    return evidence::DocumentPlace{a->region_id, a->unit_id};
  };
  // The department adds its material while it writes the self-assessment; the office adds the
  // key assessment's.
  t.writable = [](soci::session& s, const auth::Principal& me, long long id) {
    const auto a = repo::find(s, id, reader_of(me));
    if (!a) return false;
    const auto actors = assessment_actors(s, me, *a);
    const auto plays = [&](const char* actor) {
      return std::ranges::find(actors, actor) != actors.end();
    };
    return (plays("author") && assessment_workflow().editable(a->status)) || plays("office") ||
           plays("scorer");
  };
  return t;
}

}  // namespace jixiao::assessment
