// The budget review's to-dos on the home page: reviews waiting for finance's approved amounts.
#pragma once

#include "workflow/todos.h"

namespace jixiao::budget_review {

void add_todos(workflow::TodoRegistry& registry);

}  // namespace jixiao::budget_review
