// R-IND-2 [practice]: the money the cost indicators promise cannot exceed the project's money.
#include <limits>

#include "base/money.h"
#include "targets/lint/check.h"

namespace jixiao::targets::checks {
namespace {

using Kind = ParsedValue::Kind;

constexpr Code kEmits[] = {Code::cost_exceeds_amount};

void run(const Subject& s, Findings& out) {
  const TargetDraft& t = s.target;
  if (!t.amount_fen) return;
  constexpr long long kMax = std::numeric_limits<long long>::max();
  long long total = 0;
  bool counted = false;
  for (std::size_t i = 0; i < s.facts.size(); ++i) {
    const Facts& x = s.facts[i];
    const long long per = fen_per_unit(t.indicators[i].unit);
    if (!x.cost || per <= 0 || x.value.kind != Kind::number) continue;
    counted = true;
    // fen = value × fen-per-unit ÷ 10^4, rounded half up once, at the division; exact.
    const bool negative = x.value.number < 0;
    const std::uint64_t v = negative ? 0ULL - static_cast<std::uint64_t>(x.value.number)
                                     : static_cast<std::uint64_t>(x.value.number);
    const auto whole = static_cast<long long>(v / kValueOne);
    const auto frac = static_cast<long long>(v % kValueOne);
    long long fen = 0;
    if (__builtin_mul_overflow(whole, per, &fen) ||
        __builtin_add_overflow(fen, (frac * per + kValueOne / 2) / kValueOne, &fen)) {
      fen = kMax;
    }
    if (negative) fen = -fen;
    if (__builtin_add_overflow(total, fen, &total)) total = negative ? -kMax : kMax;
  }
  if (!counted || total <= *t.amount_fen) return;
  out.add(Code::cost_exceeds_amount, std::nullopt,
          "以金额计量的成本指标合计 " + format_wan(total) + " 万元，超过项目资金 " +
              format_wan(*t.amount_fen) +
              " 万元。请核实成本指标的指标值和计量单位（元、千元、万元），或核对项目资金。");
}

}  // namespace

constinit const Check cost_total_check{"cost_total", kEmits, run};

}  // namespace jixiao::targets::checks
