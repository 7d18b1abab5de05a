// Key evaluations' to-dos on the home page: an agency's commissions to work on, an expert's
// plans and reports to score, the office's reviews to close, final reports to accept and results
// to send (evaluation_queue.h), each linking to the list of what waits.
#pragma once

#include "workflow/todos.h"

namespace jixiao::key_evaluation {

void add_todos(workflow::TodoRegistry& registry);

}  // namespace jixiao::key_evaluation
