// R-IND-4 [local, several]: words that measure nothing, and inputs written as performance.
#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

constexpr Code kEmits[] = {Code::vague_indicator, Code::input_as_indicator};

std::string first_phrase_in(const std::vector<std::string>& phrases, std::string_view text) {
  for (const auto& p : phrases)
    if (!p.empty() && text.find(p) != std::string_view::npos) return p;
  return {};
}

void run(const Subject& s, Findings& out) {
  for (std::size_t i = 0; i < s.target.indicators.size(); ++i) {
    const Indicator& ind = s.target.indicators[i];
    const Facts& x = s.facts[i];
    // Vague wording with nothing measurable.
    if (!x.vague.empty()) {
      out.add(Code::vague_indicator, i,
              x.who + "使用了" + quoted(x.vague) +
                  "这类模糊表述，没有可衡量的指标值。请改为可量化、可考核的目标，如“群众知晓率 ≥ "
                  "90%”“故障处理时限 ≤ 24 小时”。");
    }
    // Inputs (money, people) are not performance; cost indicators are the exception.
    if (x.known && !x.cost) {
      const std::string input = first_phrase_in(s.params.input_phrases, ind.name);
      if (!input.empty()) {
        out.add(Code::input_as_indicator, i,
                x.who + "描述的是" + quoted(input) +
                    "，属于投入而不是绩效。请改为投入后形成的产出或效益（完成的数量、达到的质量和"
                    "效果）；控制成本的目标请列入成本指标。");
      }
    }
  }
}

}  // namespace

constinit const Check wording_check{"wording", kEmits, run};

}  // namespace jixiao::targets::checks
