// What the halves of StepService share: the evaluation read within its caller's reader, the
// region's settings for its year, its snapshot for the timeline, and the refusal of a conflicted
// candidate.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "auth/model.h"
#include "key_evaluation/conflicts.h"
#include "key_evaluation/evaluation_model.h"
#include "key_evaluation/quality_repo.h"
#include "key_evaluation/score.h"
#include "key_evaluation/settings.h"
#include "key_evaluation/workflow.h"

namespace jixiao::key_evaluation::step_support {

inline constexpr const char* kStale = "该评价已被他人修改，请刷新后重试";

struct Loaded {
  EvaluationCaller caller;
  KeyEvaluation e;
};

// 404 outside the caller's reader (another agency's commission does not exist for it).
Loaded load(soci::session& s, const auth::Principal& me, long long id);

KeyEvaluationSettings settings_of(soci::session& s, const KeyEvaluation& e);

// The round of the agency's plan: how many times it was submitted (a plan sent back is scored
// afresh), 1 before any. The report's round is 2 once it went back for rework.
long long plan_round(soci::session& s, long long evaluation_id);
inline long long report_round(const KeyEvaluation& e) { return e.reworked ? 2 : 1; }

// The final report's score on the kind's sheet (R-KE-1 or R-KE-2, R-GR-1) from its stored score
// sheets (quality_repo::score_sheets); none before any was handed in.
std::optional<EvaluationScore> final_score(const KeyEvaluation& e,
                                           const std::vector<ScoreSheetRecord>& stored,
                                           const ScoreSettings& settings);

// The evaluation's fields as the timeline keeps them before and after a step.
std::string snapshot(const KeyEvaluation& e);

// Throws invalid(field) listing each conflict's reason, with {"conflicts": [{code, reason,
// rule}]}, when there is any.
void refuse_conflicts(const std::string& field, const std::string& who,
                      const std::vector<Conflict>& conflicts);

}  // namespace jixiao::key_evaluation::step_support
