// The self-evaluations' to-dos on the home page: evaluations to fill for their authors, those
// waiting for the department's consolidation and for the office's decision.
#pragma once

#include "workflow/todos.h"

namespace jixiao::self_evaluation {

void add_todos(workflow::TodoRegistry& registry);

}  // namespace jixiao::self_evaluation
