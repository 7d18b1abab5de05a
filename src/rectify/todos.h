// What waits for the caller in the findings ledger (the home page's to-do list).
#pragma once

#include "workflow/todos.h"

namespace jixiao::rectify {

void add_todos(workflow::TodoRegistry& registry);

}  // namespace jixiao::rectify
