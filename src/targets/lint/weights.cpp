// R-SE-1 [practice]: indicators weigh 90 (execution takes the other 10) or 100 in total.
#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

constexpr Code kEmits[] = {Code::weights_sum};

void run(const Subject& s, Findings& out) {
  long long sum = 0;  // hundredths of a point
  bool weighted = false;
  for (const auto& ind : s.target.indicators) {
    weighted = weighted || ind.weight != 0;
    sum += ind.weight;
  }
  if (!weighted || sum == 9000 || sum == 10000) return;
  out.add(Code::weights_sum, std::nullopt,
          "指标权重合计 " + scaled_text(sum * 100) +
              " 分，应为 90 分（另 10 分为预算执行率）或 100 分。请调整各项指标的权重。");
}

}  // namespace

constinit const Check weights_check{"weights", kEmits, run};

}  // namespace jixiao::targets::checks
