// The projects stage's part of the header's search (workflow/search.h).
#pragma once

#include "workflow/search.h"

namespace jixiao::projects {

void add_search(workflow::SearchRegistry& registry);

}  // namespace jixiao::projects
