// Statistics by level: the regions one level below a region, and where each region under it
// belongs among them (a prefecture's counties are summed into the prefecture's row).
#pragma once

#include <map>
#include <vector>

#include "org/model.h"

namespace jixiao::org {

struct RegionsBelow {
  std::vector<const Region*> children;    // one level below top, by code
  std::map<long long, long long> row_of;  // every region under top → the child it lies in
};

// From the regions of a tree (any order; those not under top are ignored). The pointers point
// into tree.
RegionsBelow regions_below(const std::vector<Region>& tree, const Region& top);

}  // namespace jixiao::org
