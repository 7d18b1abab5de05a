// The monitoring reports' to-dos on the home page: reports to fill for their authors, reports
// waiting for the section's check or the office's decision (R-MO-1).
#pragma once

#include "workflow/todos.h"

namespace jixiao::monitoring {

void add_todos(workflow::TodoRegistry& registry);

}  // namespace jixiao::monitoring
