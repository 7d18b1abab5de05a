// jixiao's scores of one evaluation's answers (R-SE-1…8) as they are kept: on the evaluation and
// on each of its indicators. Pure: the form's save, the round's re-scoring and the demo share it,
// so that a score is the same whoever computes it.
#pragma once

#include <string>
#include <vector>

#include "self_evaluation/model.h"
#include "self_evaluation/scoring.h"

namespace jixiao::self_evaluation {

// Every applicable indicator has its actual value: only then is an evaluation scored (the
// weights of R-SE-6 depend on all of them).
bool answered(const std::vector<IndicatorResult>& items);

// The scoring's view of one kept indicator.
IndicatorInput input_of(const IndicatorResult& i);
// ...and of the evaluation's money and every indicator, in order.
ScoringInput scoring_input(const Evaluation& e, const std::vector<IndicatorResult>& items);

// R-GR-1: lower bounds inclusive.
std::string grade_of(long long total, const ScoringSettings& settings);

// Keeps what the scoring gave (of scoring_input(e, items)) on the evaluation and its
// indicators; the grade from the review's total where there is one (R-SE-8).
void keep_scores(Evaluation& e, std::vector<IndicatorResult>& items, Scored scored,
                 const ScoringSettings& settings);

// scoring_input, score and keep_scores. Throws as score() does, changing nothing then.
void score_answers(Evaluation& e, std::vector<IndicatorResult>& items,
                   const ScoringSettings& settings);

// The evaluation keeps what the scoring gave already (keep_scores would change nothing): the
// execution's score, the totals, the grade and every indicator's weight, score, rule, detail and
// R-SE-7 flag.
bool keeps(const Evaluation& e, const std::vector<IndicatorResult>& items, const Scored& scored,
           const ScoringSettings& settings);

}  // namespace jixiao::self_evaluation
