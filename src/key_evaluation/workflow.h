// A key evaluation's workflow (data/workflows/key_evaluation.json), who reads which evaluations,
// and which of the workflow's actors a caller plays on one.
#pragma once

#include <soci/soci.h>

#include "auth/model.h"
#include "key_evaluation/evaluation_model.h"
#include "workflow/workflow.h"

namespace jixiao::key_evaluation {

const workflow::Workflow& evaluation_workflow();

// A caller with the agency it acts for and its expert record, looked up once per request.
struct EvaluationCaller {
  auth::Principal me;
  long long agency_id = 0;  // role agency: its agency (0 for an account linked to none)
  long long expert_id = 0;  // role expert: its record in the pool (0 for none)
};
EvaluationCaller evaluation_caller(soci::session& s, const auth::Principal& me);

// What the caller reads (see EvaluationReader).
EvaluationReader evaluation_reader(const EvaluationCaller& c);

// office: the performance office of the evaluation's region; self_evaluator: that office when
// finance evaluates it itself; agency: an account of the commissioned agency; expert: an expert
// assigned to it.
workflow::Actors evaluation_actors(soci::session& s, const EvaluationCaller& c,
                                   const KeyEvaluation& e);

// The evaluation as the caller may read it; 404 (not_found) when it does not exist or is not the
// caller's to read, alike, so that a foreign evaluation's id tells nothing.
KeyEvaluation evaluation_or_404(soci::session& s, const EvaluationCaller& c, long long id);

}  // namespace jixiao::key_evaluation
