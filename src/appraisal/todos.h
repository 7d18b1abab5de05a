// What waits on the appraisal: the office's computed appraisals of the year, to be issued with
// their notice.
#pragma once

#include "workflow/todos.h"

namespace jixiao::appraisal {

void add_todos(workflow::TodoRegistry& registry);

}  // namespace jixiao::appraisal
