// The targets stage's to-dos (workflow/todos.h), registered while the application is wired.
#pragma once

#include "workflow/todos.h"

namespace jixiao::targets {

void add_todos(workflow::TodoRegistry& registry);

}  // namespace jixiao::targets
