// StepService's score: the final report's score sheets and what they give (R-KE-1, R-GR-1),
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
    v.weights = settings.weights;
    v.sheets = quality_repo::score_sheets(s, id);
    if (!v.sheets.empty()) {
      std::vector<ExpertSheet> sheets;
      for (const auto& r : v.sheets)
        sheets.push_back({{r.decision, r.process, r.output, r.benefit}});
      v.score = score_evaluation(sheets, settings);
    }
    return v;
  });
}

}  // namespace jixiao::key_evaluation
