// The targets stage's part of the header's search (workflow/search.h).
#pragma once

#include "workflow/search.h"

namespace jixiao::targets {

void add_search(workflow::SearchRegistry& registry);

}  // namespace jixiao::targets
