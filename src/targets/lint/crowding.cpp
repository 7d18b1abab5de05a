// R-LINT-1 [jixiao]: too many indicators in one subcategory fragment the target.
#include <map>

#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

constexpr Code kEmits[] = {Code::too_many_in_subcategory};

void run(const Subject& s, Findings& out) {
  std::map<std::string, int> counts;
  for (std::size_t i = 0; i < s.facts.size(); ++i)
    if (s.facts[i].known) ++counts[s.target.indicators[i].subcategory];
  const int most = s.params.max_per_subcategory;
  for (const auto& cat : s.framework.categories) {
    for (const auto& sub : cat.subcategories) {
      const int n = counts[sub.key];
      if (n <= most) continue;
      out.add(Code::too_many_in_subcategory, std::nullopt,
              sub.label + "共 " + std::to_string(n) + " 个，超过 " + std::to_string(most) +
                  " 个。请保留最能反映绩效的核心指标，合并或删除次要指标。");
    }
  }
}

}  // namespace

constinit const Check crowding_check{"crowding", kEmits, run};

}  // namespace jixiao::targets::checks
