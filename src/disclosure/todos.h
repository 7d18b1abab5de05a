// Disclosure's to-dos: items due for publication in the office's own region.
#pragma once

#include "workflow/todos.h"

namespace jixiao::disclosure {

void add_todos(workflow::TodoRegistry& registry);

}  // namespace jixiao::disclosure
