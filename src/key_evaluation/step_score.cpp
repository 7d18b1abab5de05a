// StepService's score: the final report's score sheets on the kind's sheet (R-KE-1 or R-KE-2)
// and what they give (R-GR-1),
// read by whoever reads the evaluation (the evaluated party gets the table with its letter).
#include "key_evaluation/step_service.h"
#include "key_evaluation/step_support.h"

namespace jixiao::key_evaluation {

using namespace step_support;

ScoreView StepService::score(const auth::Principal& me, long long id) {
  return db_.read([&](soci::session& s) {
    const Loaded l = load(s, me, id);
    const auto settings = settings_of(s, l.e).score;
    ScoreView v;
    v.sheet = score_sheet_for(l.e.kind, settings);
    v.sheets = quality_repo::score_sheets(s, id);
    v.score = final_score(l.e, v.sheets, settings);
    return v;
  });
}

}  // namespace jixiao::key_evaluation
