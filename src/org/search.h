// The organisation's part of the header's search (workflow/search.h): departments and units.
#pragma once

#include "workflow/search.h"

namespace jixiao::org {

void add_search(workflow::SearchRegistry& registry);

}  // namespace jixiao::org
