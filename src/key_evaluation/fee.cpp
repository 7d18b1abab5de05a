#include "key_evaluation/fee.h"

#include <algorithm>
#include <boost/json.hpp>

#include "base/error.h"
#include "rules/model.h"
#include "targets/json.h"

namespace jixiao::key_evaluation {

namespace {

constexpr long long kHundred = 10000;  // 100 points, or 100 %, in hundredths

// "12,345.67 元": exact, the fee is never rounded for display.
std::string yuan(Fen fen) {
  std::string digits = std::to_string(fen / kFenPerYuan);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(i, ",");
  const Fen cents = fen % kFenPerYuan;
  return digits + "." + (cents < 10 ? "0" : "") + std::to_string(cents) + " 元";
}

// "95%" or "97.5%": a percent in hundredths without trailing zeros.
std::string percent_text(long long h) {
  std::string s = targets::points(h);
  if (s.ends_with(".00")) return s.substr(0, s.size() - 3) + "%";
  if (s.ends_with("0")) s.pop_back();
  return s + "%";
}

std::string band_text(const FeeBand& b) {
  const std::string upper =
      b.to == kHundred ? "至 100 分（含）" : "至 " + targets::points(b.to) + " 分（不含）";
  return targets::points(b.from) + " 分（含）" + upper;
}

std::string at(const std::string& field, std::size_t i, const char* key) {
  return field + "[" + std::to_string(i) + "]." + key;
}

}  // namespace

FeeBands read_fee_bands(const boost::json::object& params) {
  const std::string field = "params.fee_bands";
  const auto& given = params.at("fee_bands").as_array();
  if (given.empty()) throw invalid(field, "至少应有一档");
  struct Indexed {
    FeeBand band;
    std::size_t index;
  };
  std::vector<Indexed> all;
  for (std::size_t i = 0; i < given.size(); ++i) {
    const auto& o = given[i].as_object();
    FeeBand b{rules::hundredths(o.at("from")), rules::hundredths(o.at("to")),
              rules::hundredths(o.at("percent")), false};
    if (b.to > kHundred) throw invalid(at(field, i, "to"), "分档上限不能超过 100 分");
    if (b.from >= b.to) throw invalid(at(field, i, "from"), "分档下限应低于上限");
    if (b.percent > kHundred) throw invalid(at(field, i, "percent"), "支付比例应在 0 到 100% 之间");
    all.push_back({b, i});
  }
  std::ranges::stable_sort(
      all, [](const Indexed& a, const Indexed& b) { return a.band.from > b.band.from; });
  // From the top down, each band ends where the one above begins.
  if (all.front().band.to != kHundred)
    throw invalid(
        at(field, all.front().index, "to"),
        "最高一档的上限应为 100 分，现为 " + targets::points(all.front().band.to) + " 分");
  for (std::size_t k = 1; k < all.size(); ++k) {
    const auto& above = all[k - 1];
    const auto& below = all[k];
    if (below.band.to < above.band.from)
      throw invalid(at(field, below.index, "to"),
                    "分档之间有空缺：" + targets::points(below.band.to) + " 分至 " +
                        targets::points(above.band.from) + " 分不在任何一档");
    if (below.band.to > above.band.from)
      throw invalid(at(field, below.index, "to"), "分档重叠：" + targets::points(above.band.from) +
                                                      " 分至 " + targets::points(below.band.to) +
                                                      " 分落在两档");
    if (below.band.percent > above.band.percent)
      throw invalid(at(field, below.index, "percent"), "低分档的支付比例不能高于高分档");
  }
  if (all.back().band.from != 0)
    throw invalid(at(field, all.back().index, "from"),
                  "最低一档的下限应为 0 分，现为 " + targets::points(all.back().band.from) + " 分");
  // The bar falls between bands, so a band is wholly above or below it; the top band, whose
  // lower bound is the highest, is always paid without rework.
  const long long bar = rules::hundredths(params.at("rework_below"));
  if (std::ranges::none_of(all, [&](const Indexed& b) { return b.band.from == bar; }))
    throw invalid("params.rework_below",
                  "返工线应为某一档的下限（0 为不设返工线），现为 " + targets::points(bar) + " 分");
  FeeBands out;
  for (const auto& b : all) {
    out.push_back(b.band);
    out.back().rework = b.band.from < bar;
  }
  return out;
}

const FeeBands& national_fee_bands() {
  static const FeeBands bands = read_fee_bands(rules::national_rule_set().params("R-KE-4"));
  return bands;
}

std::string_view fee_state_code(FeeState s) {
  return s == FeeState::payable ? "payable" : "rework_required";
}

FeeResult fee_payable(Fen contract_fen, long long quality_score, bool reworked,
                      const FeeBands& bands) {
  if (contract_fen < 0) throw invalid("contract_fen", "合同金额不能为负数");
  if (quality_score < 0 || quality_score > kHundred)
    throw invalid("quality_score", "报告质量得分应在 0 到 100 分之间");
  // Bands run from the top; the first whose lower bound the score reaches holds it (a covering
  // table, read_fee_bands, leaves no score without one).
  const auto band =
      std::ranges::find_if(bands, [&](const FeeBand& b) { return quality_score >= b.from; });
  if (band == bands.end()) throw std::logic_error("fee bands do not cover the score");
  FeeResult r;
  r.band = *band;
  const std::string scored =
      "报告质量得分 " + targets::points(quality_score) + " 分，落在 " + band_text(*band) + "一档";
  if (band->rework && !reworked) {
    r.state = FeeState::rework_required;
    r.detail = scored + "，低于合格线，须先返工，返工后重新评分再定费用（R-KE-4）";
    return r;
  }
  r.percent = band->percent;
  if (reworked) {
    // The rework band's percent is the most a reworked report earns.
    const auto cap = std::ranges::find_if(bands, &FeeBand::rework);
    if (cap != bands.end() && cap->percent < r.percent) {
      r.percent = cap->percent;
      r.capped = true;
    }
  }
  // Half up to the fen (R-MON-3); 128 bits so no contract overflows the product.
  const __int128 product = static_cast<__int128>(contract_fen) * r.percent;
  r.payable_fen = static_cast<Fen>((product + kHundred / 2) / kHundred);
  r.deducted_fen = contract_fen - r.payable_fen;
  std::string how = "按合同金额 " + yuan(contract_fen) + "的 " + percent_text(r.percent);
  if (r.capped)
    how = "返工后的报告最多按 " + percent_text(r.percent) + " 支付，" + how;
  else if (reworked)
    how = "返工后" + how;
  r.detail = scored + "，" + how + " 支付 " + yuan(r.payable_fen) +
             (r.deducted_fen > 0 ? "，扣减 " + yuan(r.deducted_fen) : "") + "（R-KE-4）";
  return r;
}

}  // namespace jixiao::key_evaluation
