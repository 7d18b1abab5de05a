// What waits for the caller in the ex-ante assessment (the home page's to-do list).
#pragma once

#include "workflow/todos.h"

namespace jixiao::assessment {

void add_todos(workflow::TodoRegistry& registry);

}  // namespace jixiao::assessment
