// R-IND-3 [practice]: a direction given by hand agrees with the comparator.
#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

constexpr Code kEmits[] = {Code::comparator_direction};

void run(const Subject& s, Findings& out) {
  for (std::size_t i = 0; i < s.target.indicators.size(); ++i) {
    const Indicator& ind = s.target.indicators[i];
    const std::string_view implied = direction_of(ind.comparator);
    if (ind.direction.empty() || implied.empty() || ind.direction == implied) continue;
    out.add(Code::comparator_direction, i,
            s.facts[i].who + "标为" + std::string(direction_label(ind.direction)) +
                "指标，但比较符" + quoted(comparator_label(ind.comparator)) + "表示" +
                std::string(direction_label(implied)) +
                "指标。请修改比较符或指标方向，使两者一致。");
  }
}

}  // namespace

constinit const Check direction_check{"direction", kEmits, run};

}  // namespace jixiao::targets::checks
