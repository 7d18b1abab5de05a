// R-IND-3 [practice]: a direction given by hand agrees with the comparator, and so do the value's
// own words ("≤30", "2026年10月底前"), which the parser reads but the score ignores. A date is
// lower-is-better: done by the date, not after it.
#include "base/text.h"
#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

constexpr Code kEmits[] = {Code::comparator_direction, Code::comparator_contradicts_value};

bool higher_side(std::string_view c) { return c == ">=" || c == ">"; }
bool lower_side(std::string_view c) { return c == "<=" || c == "<"; }

std::string label(std::string_view comparator) { return quoted(comparator_label(comparator)); }

void check_value_words(const Subject& s, std::size_t i, Findings& out) {
  const Indicator& ind = s.target.indicators[i];
  const Facts& x = s.facts[i];
  if (x.qualitative) return;
  const std::string& stated = x.value.stated_comparator;
  const bool date = x.value.kind == ParsedValue::Kind::date;
  if ((higher_side(stated) && lower_side(ind.comparator)) ||
      (lower_side(stated) && higher_side(ind.comparator))) {
    out.add(Code::comparator_contradicts_value, Severity::error, i,
            x.who + "的比较符为" + label(ind.comparator) + "，但指标值" + quoted(trim(ind.value)) +
                "本身表示" + label(stated) + "，两者矛盾，评分时会按比较符计算。请统一：比较符选" +
                label(stated) + "，指标值只填" +
                (date ? "日期（如“" + x.value.date + "”）" : "数值") + "。");
  } else if (date && higher_side(ind.comparator)) {
    out.add(Code::comparator_contradicts_value, Severity::warning, i,
            x.who + "的指标值是日期，比较符" + label(ind.comparator) +
                "表示越晚越好。完成时间一般应不晚于目标日期，请将比较符改为“≤”。");
  }
}

void run(const Subject& s, Findings& out) {
  for (std::size_t i = 0; i < s.target.indicators.size(); ++i) {
    const Indicator& ind = s.target.indicators[i];
    check_value_words(s, i, out);
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
