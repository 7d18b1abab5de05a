// The accounts stage's to-dos (workflow/todos.h), registered while the application is wired.
#pragma once

#include "workflow/todos.h"

namespace jixiao::accounts {

void add_todos(workflow::TodoRegistry& registry);

}  // namespace jixiao::accounts
