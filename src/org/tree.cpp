#include "org/tree.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace jixiao::org {

RegionsBelow regions_below(const std::vector<Region>& tree, const Region& top) {
  RegionsBelow out;
  for (const auto& r : tree) {
    if (r.id == top.id || !r.path.starts_with(top.path)) continue;
    // A path lists the ids from the root down ("/1/4/17/"): the first id after top's is the child.
    const std::string_view rest = std::string_view(r.path).substr(top.path.size());
    const long long child = std::stoll(std::string(rest.substr(0, rest.find('/'))));
    out.row_of[r.id] = child;
    if (child == r.id) out.children.push_back(&r);
  }
  std::ranges::sort(out.children, {}, &Region::code);
  return out;
}

}  // namespace jixiao::org
