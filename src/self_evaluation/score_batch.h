// The re-scoring of a round, batch by batch (score_job.h runs it): the round's evaluations after
// an id read with their indicators, each scored again under its region's rules for the year as
// the form's save scores it, and the ones whose kept scores changed gathered to be written.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <string>
#include <vector>

#include "self_evaluation/model.h"
#include "self_evaluation/scoring.h"

namespace jixiao::self_evaluation {

// The round's evaluations with id > after_id, at most `limit`, in id order, each with what the
// scoring needs and what it kept (region, unit and department, money, scores, version; its
// indicators' targets, answers and scores), in two statements.
std::vector<Evaluation> read_score_batch(soci::session& s, long long round_id, long long after_id,
                                         int limit);

// A batch judged: the evaluations whose kept scores the rules change, as scored now with their
// indicators' scores packed as the row keeps them (indicator_scores.h), what each carried before
// (for the audit), and the batch's counts (done, changed, unanswered, refused).
struct ScoreChanges {
  std::vector<Evaluation> rows;
  std::vector<std::string> packed;
  std::vector<long long> total_before;
  std::vector<std::string> grade_before;
  RoundScoring counts;
};

// Only an evaluation with every applicable value given is scored, as at a save; one whose
// answers the rules now refuse (a self score above the weight a new R-SE-1 gives) is left as it
// was, for its unit to correct at its next save.
ScoreChanges judge_scores(
    std::vector<Evaluation> batch,
    const std::function<const ScoringSettings&(long long region_id)>& settings_of);

}  // namespace jixiao::self_evaluation
