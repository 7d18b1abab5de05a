// The projects stage's to-dos (workflow/todos.h), registered while the application is wired.
#pragma once

#include "workflow/todos.h"

namespace jixiao::projects {

void add_todos(workflow::TodoRegistry& registry);

}  // namespace jixiao::projects
