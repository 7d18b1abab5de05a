// Self-evaluations as units fill them, for the generated data of the demo and of
// `jixiao bench-self-evaluation`: each indicator's actual value (most met, some missed or far
// exceeded with the reason and the improvement, now and then one not applicable), the year's
// words, and for some units their own scores (a few above what the rules give: the cases a review
// looks at). Scored by the real scoring, as a save would score them.
#pragma once

#include <random>

#include "self_evaluation/model.h"
#include "self_evaluation/scoring.h"

namespace jixiao::cli {

struct AnswerMix {
  int missed_percent = 12;         // of the applicable indicators: the target not reached
  int exceeded_percent = 4;        // ...far exceeded (R-SE-7 asks why)
  int not_applicable_percent = 3;  // evaluations with one indicator left out (R-SE-6)
  int self_scored_percent = 30;    // evaluations whose unit gives its own scores (R-SE-8)
  int inflated_percent = 25;       // ...of those, every missed indicator given its whole weight
};

// Fills e.indicators' answers (the target's fields as opened) and the year's words, then the
// scores under `settings` (score_answers); an indicator the rules cannot score (a target in words
// where a number is compared) is left out as not applicable. Money as opened.
void answer_evaluation(self_evaluation::Evaluation& e, std::mt19937_64& rng, const AnswerMix& mix,
                       const self_evaluation::ScoringSettings& settings);

// Part of the answers only (a form still being filled): the first `given` indicators' values,
// nothing scored but R-SE-3's execution score, as a save leaves such a form.
void answer_partly(self_evaluation::Evaluation& e, std::mt19937_64& rng, std::size_t given);

}  // namespace jixiao::cli
