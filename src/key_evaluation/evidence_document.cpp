#include "key_evaluation/evidence_document.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "key_evaluation/evaluation_repo.h"
#include "key_evaluation/workflow.h"

namespace jixiao::key_evaluation {

namespace {

bool plays(const workflow::Actors& actors, std::string_view actor) {
  return std::find(actors.begin(), actors.end(), actor) != actors.end();
}

}  // namespace

evidence::DocumentType evidence_document() {
  evidence::DocumentType t;
  t.name = "key_evaluation";
  t.label = "重点评价";
  t.readable = [](soci::session& s, const auth::Principal& me,
                  long long id) -> std::optional<evidence::DocumentPlace> {
    const auto e = evaluation_repo::find(s, id, evaluation_reader(evaluation_caller(s, me)));
    if (!e) return std::nullopt;
    return evidence::DocumentPlace{e->region_id, e->unit_id};
  };
  t.writable = [](soci::session& s, const auth::Principal& me, long long id) {
    const auto caller = evaluation_caller(s, me);
    const auto e = evaluation_repo::find(s, id, evaluation_reader(caller));
    if (!e) return false;
    const auto actors = evaluation_actors(s, caller, *e);
    constexpr std::array<std::string_view, 4> agency_states{"commissioned", "fieldwork", "rework",
                                                            "revision"};
    constexpr std::array<std::string_view, 2> own_states{"fieldwork", "revision"};
    if (plays(actors, "agency") &&
        std::ranges::find(agency_states, e->status) != agency_states.end())
      return true;
    return plays(actors, "self_evaluator") &&
           std::ranges::find(own_states, e->status) != own_states.end();
  };
  return t;
}

}  // namespace jixiao::key_evaluation
