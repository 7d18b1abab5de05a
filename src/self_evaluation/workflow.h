// The self-evaluation's workflow (data/workflows/self_evaluation.json) and which of its actors a
// caller plays for one evaluation.
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string_view>

#include "auth/model.h"
#include "self_evaluation/model.h"
#include "self_evaluation/repo.h"
#include "workflow/workflow.h"

namespace jixiao::self_evaluation {

const workflow::Workflow& evaluation_workflow();

// The actors the caller plays for the evaluation: author (it lies in the caller's write scope),
// author_above_unit (an author whose submission skips the department's consolidation: the
// department's own evaluation, or one a department or office submits), department (the
// evaluation's department) and office (the office of its region).
workflow::Actors evaluation_actors(soci::session& s, const auth::Principal& me,
                                   const Evaluation& e);

// The states a named queue ("department", "office") acts in, for the lists and to-dos.
std::optional<repo::Queue> named_queue(std::string_view name);

std::string_view status_label(std::string_view status);

}  // namespace jixiao::self_evaluation
