// R-IND-4 [local, several]: words that measure nothing, in an indicator or in any text the target
// states its aims in, and inputs written as performance.
#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

constexpr Code kEmits[] = {Code::vague_indicator, Code::vague_goal, Code::input_as_indicator};

std::string first_phrase_in(const std::vector<std::string>& phrases, std::string_view text) {
  for (const auto& p : phrases)
    if (!p.empty() && text.find(p) != std::string_view::npos) return p;
  return {};
}

// The texts that state what the money should achieve; a vague phrase there promises nothing the
// indicators can be held to.
void check_aims(const Subject& s, Findings& out) {
  const TargetDraft& t = s.target;
  std::vector<std::pair<std::string, std::string_view>> texts = {{"年度总体目标", t.overall_goal},
                                                                 {"中期目标", t.medium_term_goal},
                                                                 {"部门职能概述", t.duties}};
  for (std::size_t i = 0; i < t.tasks.size(); ++i)
    texts.emplace_back("第" + std::to_string(i + 1) + "项年度主要任务", t.tasks[i].name);
  for (const auto& [where, text] : texts) {
    const std::string vague = first_phrase_in(s.params.vague_phrases, text);
    if (vague.empty()) continue;
    out.add(Code::vague_goal, std::nullopt,
            where + "使用了" + quoted(vague) +
                "这类模糊表述。请写明要达到的具体结果（数量、质量、时限或效果），如“群众知晓率达到 "
                "90% 以上”，并用绩效指标逐项衡量。");
  }
}

void run(const Subject& s, Findings& out) {
  check_aims(s, out);
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
