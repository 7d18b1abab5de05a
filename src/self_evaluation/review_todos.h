// The self-evaluation review's to-dos on the home page, of the working year and the year before:
// samples waiting for their reviewer, and a fixed plan's samples waiting for the office to assign
// them.
#pragma once

#include "workflow/todos.h"

namespace jixiao::self_evaluation {

void add_review_todos(workflow::TodoRegistry& registry);

}  // namespace jixiao::self_evaluation
