// Result application's to-dos: proposals waiting for the budget section or office, and breaches.
#pragma once

#include "workflow/todos.h"

namespace jixiao::result_application {

void add_todos(workflow::TodoRegistry& registry);

}  // namespace jixiao::result_application
