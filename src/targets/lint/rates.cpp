// R-IND-5: satisfaction is a share of respondents, and no rate exceeds 100%.
#include "base/text.h"
#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

using Kind = ParsedValue::Kind;

constexpr Code kEmits[] = {Code::satisfaction_out_of_range, Code::satisfaction_not_rate,
                           Code::rate_over_100};
constexpr long long kHundredPercent = 100 * kValueOne;

void run(const Subject& s, Findings& out) {
  for (std::size_t i = 0; i < s.target.indicators.size(); ++i) {
    const Indicator& ind = s.target.indicators[i];
    const Facts& x = s.facts[i];
    const Kind kind = x.value.kind;
    if (x.satisfaction) {
      if (kind == Kind::number && x.value.number > kHundredPercent) {
        out.add(Code::satisfaction_out_of_range, Severity::error, i,
                x.who + "的目标值 " + scaled_text(x.value.number) +
                    " 超过 100%。满意度是满意人数占有效样本的比例，请填写不超过 100 的数值。");
      } else if (kind == Kind::number && x.value.number < s.params.satisfaction_floor) {
        // [jixiao] the floor is a parameter of the region; under it is allowed with a reason.
        out.add(Code::satisfaction_out_of_range, Severity::warning, i,
                x.who + "的目标值 " + scaled_text(x.value.number) + "% 低于 " +
                    scaled_text(s.params.satisfaction_floor) +
                    "%。请参照以往满意度调查结果设定目标，或在指标解释中说明目标偏低的理由。");
      }
      const bool unit_reported = !x.qualitative && trim(ind.unit).empty();
      if (!x.rate && !unit_reported) {
        out.add(Code::satisfaction_not_rate, i,
                x.who + (x.qualitative ? "是定性指标" : "的计量单位是" + quoted(trim(ind.unit))) +
                    "，不是比率。满意度按满意人数占有效样本的比例计算，请将计量单位改为“%”并填写"
                    "比例目标，如“≥ 90”。");
      }
    } else if (ind.category != "satisfaction" && x.rate && kind == Kind::number &&
               x.value.number > kHundredPercent) {
      // [jixiao]
      out.add(Code::rate_over_100, i,
              x.who + "是比率指标，目标值 " + scaled_text(x.value.number) +
                  "% 超过 100%。请核实指标值；如表示增长倍数或数量，请改用相应的计量单位。");
    }
  }
}

}  // namespace

constinit const Check rates_check{"rates", kEmits, run};

}  // namespace jixiao::targets::checks
