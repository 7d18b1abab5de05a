// Each indicator is filled in: a category of the framework, a name, a value and a unit.
#include "base/text.h"
#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

using Kind = ParsedValue::Kind;

constexpr Code kEmits[] = {Code::category_unknown, Code::name_missing, Code::value_missing,
                           Code::unit_missing};

void run(const Subject& s, Findings& out) {
  for (std::size_t i = 0; i < s.target.indicators.size(); ++i) {
    const Indicator& ind = s.target.indicators[i];
    const Facts& x = s.facts[i];
    if (!x.known) {
      // R-IND-1: the other checks leave out what depends on its category.
      out.add(Code::category_unknown, i,
              x.who + "的指标类别（" + s.category_label(ind.category) + " / " +
                  s.subcategory_label(ind.subcategory) + "）不在本年度使用的指标框架（" +
                  s.framework.version + "版）中。请重新选择一级指标和二级指标。");
    }
    // R-IND-2
    if (trim(ind.name).empty()) {
      out.add(Code::name_missing, i,
              x.who + "未填写指标名称。请填写具体的三级指标名称，如“培训人次”。");
    }
    if (trim(ind.value).empty()) {
      out.add(Code::value_missing, i,
              x.who + "未填写指标值。请填写可衡量的目标值：数值、完成日期，或定性指标的等级。");
    }
    // A date or a value written with % carries its own unit.
    const Kind kind = x.value.kind;
    if (!x.qualitative && trim(ind.unit).empty() && kind != Kind::date &&
        !(kind == Kind::number && x.value.percent)) {
      out.add(
          Code::unit_missing, i,
          x.who + "未填写计量单位。请填写单位，如“人次”“%”“万元”；定性指标请将比较符选为“定性”。");
    }
  }
}

}  // namespace

constinit const Check fields_check{"fields", kEmits, run};

}  // namespace jixiao::targets::checks
