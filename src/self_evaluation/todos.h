// The self-evaluations' to-dos on the home page: evaluations to fill for their authors, those
// waiting for the department's consolidation and for the office's decision; of the working year and
// the year before (whose round is done in the working year's spring).
#pragma once

#include "workflow/todos.h"

namespace jixiao::self_evaluation {

void add_todos(workflow::TodoRegistry& registry);

}  // namespace jixiao::self_evaluation
