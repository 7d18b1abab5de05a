// R-IND-2: a value of the kind its indicator needs: a number for a quantitative indicator, a
// date or a time limit for timeliness.
#include "base/text.h"
#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

using Kind = ParsedValue::Kind;

constexpr Code kEmits[] = {Code::value_not_number, Code::time_without_date};

void run(const Subject& s, Findings& out) {
  for (std::size_t i = 0; i < s.target.indicators.size(); ++i) {
    const Indicator& ind = s.target.indicators[i];
    const Facts& x = s.facts[i];
    const std::string value = trim(ind.value);
    const Kind kind = x.value.kind;
    // A quantitative value is a number (a date only for timeliness, which has its own check
    // below and so is left out here; vague values are reported as vague).
    if (!x.qualitative && !x.timeliness && x.vague.empty() &&
        (kind == Kind::text || (kind == Kind::date && x.known))) {
      out.add(Code::value_not_number, i,
              kind == Kind::date
                  ? x.who + "的指标值" + quoted(value) +
                        "是日期，只有时效指标可以填写日期。请填写数值，或将该指标归入时效指标。"
                  : x.who + "的指标值" + quoted(value) +
                        "不是数值。定量指标请只填数字（如“95”），单位填在计量单位栏；确属定性描述"
                        "的，请将比较符改为“定性”。");
    }
    // A timeliness value is a date, a duration in a unit of time, or a rate of things done on
    // time (按时完成率 ≥ 95%).
    if (x.timeliness && !value.empty() && kind != Kind::date &&
        !(kind == Kind::number && (is_time_unit(ind.unit) || x.rate))) {
      out.add(Code::time_without_date, i,
              x.who + "是时效指标，指标值" + quoted(value) +
                  "既不是日期，也不是带时间单位的时限或按时完成的比率。请填写完成日期（如“2026-"
                  "10-31”），或填写时限数值并以“天”“个工作日”“个月”等为单位，或填写及时率（%）。");
    }
  }
}

}  // namespace

constinit const Check value_kind_check{"value_kind", kEmits, run};

}  // namespace jixiao::targets::checks
