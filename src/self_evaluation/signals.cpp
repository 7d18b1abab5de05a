#include "self_evaluation/signals.h"

#include <algorithm>

#include "base/text.h"
#include "library/vocabulary.h"
#include "monitoring/warnings.h"
#include "targets/json.h"
#include "targets/value.h"

namespace jixiao::self_evaluation {

namespace {

using targets::ParsedValue;

// "90" for 9000 hundredths, "92.50" for 9250: a threshold as a region writes it.
std::string as_written(long long hundredths) {
  return hundredths % 100 == 0 ? std::to_string(hundredths / 100) : targets::points(hundredths);
}

// "2000人次"; "95%" stays as typed when the unit is "%", and a date needs no unit ("日期").
std::string with_unit(const std::string& typed, const std::string& unit) {
  if (typed.ends_with(unit) || targets::parse_value(typed).kind == targets::ParsedValue::Kind::date)
    return typed;
  return typed + unit;
}

std::string named(const IndicatorResult& i) {
  std::string target =
      i.comparator == "qualitative"
          ? i.value
          : std::string(library::comparator_label(i.comparator)) + with_unit(i.value, i.unit);
  return "“" + i.name + "”（" + target + "）";
}

bool quantitative(const IndicatorResult& i) { return i.comparator != "qualitative"; }

// The same value however it was typed: 95 = 95.0 = 95%, 2026年10月31日 = 2026-10-31.
bool same_value(const ParsedValue& a, const ParsedValue& b, std::string_view typed_a,
                std::string_view typed_b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case ParsedValue::Kind::number:
      return a.number == b.number;
    case ParsedValue::Kind::date:
      return a.date == b.date;
    case ParsedValue::Kind::text:
      return trim(typed_a) == trim(typed_b);
    case ParsedValue::Kind::empty:
      break;
  }
  return false;
}

// Whether the actual value meets the target by its comparator (R-IND-2): numbers and dates.
bool meets(const IndicatorResult& i) {
  if (!quantitative(i)) {
    const auto band = trim(i.actual_value);
    return band == "achieved" || band == "达成年度指标";
  }
  const auto actual = targets::parse_value(i.actual_value);
  const auto target = targets::parse_value(i.value);
  if (actual.kind != target.kind) return false;
  int order = 0;  // actual against target: -1, 0, 1
  if (actual.kind == ParsedValue::Kind::number)
    order = actual.number < target.number ? -1 : actual.number > target.number;
  else if (actual.kind == ParsedValue::Kind::date)
    order = actual.date < target.date ? -1 : actual.date > target.date;
  else
    return false;
  if (i.comparator == ">=") return order >= 0;
  if (i.comparator == ">") return order > 0;
  if (i.comparator == "=") return order == 0;
  if (i.comparator == "<=") return order <= 0;
  if (i.comparator == "<") return order < 0;
  return false;
}

std::string joined(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

Signal signal(const char* code, const char* label, std::string detail, long long weight,
              std::vector<long long> positions = {}) {
  return {code, label, std::move(detail), weight, std::move(positions)};
}

}  // namespace

std::vector<Signal> signals_of(const SignalInput& input, const SignalParams& params) {
  const Evaluation& e = input.evaluation;
  std::vector<Signal> out;
  const bool own = e.self_total.has_value();
  const long long claimed = own ? *e.self_total : e.computed_total;
  const std::string claimed_name = own ? "单位自评总分" : "自评计算总分";

  if (own && *e.self_total > e.computed_total)
    out.push_back(signal("self_above_computed", "自评高于计算得分",
                         "单位自评总分 " + targets::points(*e.self_total) +
                             " 分，高于按实际完成值计算的 " + targets::points(e.computed_total) +
                             " 分，高出 " + targets::points(*e.self_total - e.computed_total) +
                             " 分",
                         params.self_above_computed_weight));

  const auto rate = monitoring::execution_rate_bp(e.executed_fen, e.budget_fen);
  if (claimed >= params.high_score && rate && *rate < params.low_execution_percent * 100)
    out.push_back(signal(
        "high_score_low_execution", "高分低执行",
        claimed_name + " " + targets::points(claimed) + " 分（不低于 " +
            as_written(params.high_score) + " 分），预算执行率 " + monitoring::rate_text(rate) +
            "%（低于 " + std::to_string(params.low_execution_percent) + "%）：全年预算 " +
            format_wan(e.budget_fen) + " 万元，执行 " + format_wan(e.executed_fen) + " 万元",
        params.high_score_low_execution_weight));

  long long quantitative_count = 0;
  bool every_at_target = true;
  std::vector<long long> at_target;
  std::vector<long long> unbacked;
  std::vector<std::string> unbacked_names;
  std::vector<long long> turned;
  std::vector<std::string> turned_details;
  for (const auto& i : e.indicators) {
    if (i.not_applicable) continue;
    const bool reported = !trim(i.actual_value).empty();

    if (quantitative(i)) {
      ++quantitative_count;
      if (reported && same_value(targets::parse_value(i.actual_value),
                                 targets::parse_value(i.value), i.actual_value, i.value))
        at_target.push_back(i.position);
      else
        every_at_target = false;
    }

    const auto files = input.indicator_evidence_files.find(i.position);
    if (reported && input.evidence_files == 0 &&
        (files == input.indicator_evidence_files.end() || files->second == 0)) {
      unbacked.push_back(i.position);
      unbacked_names.push_back("“" + i.name + "”");
    }

    const auto judged = input.last_likelihood.find(i.position);
    if (judged == input.last_likelihood.end() || judged->second != "impossible") continue;
    std::string now;
    const bool full_weight = i.computed_weight > 0;
    if (reported && meets(i))
      now = quantitative(i) ? "实际完成 " + with_unit(trim(i.actual_value), i.unit) + "，达到目标"
                            : "自评为达成年度指标";
    else if (full_weight && i.computed_score >= i.computed_weight)
      now = "计算得满分 " + targets::points(i.computed_score) + " 分";
    else if (full_weight && i.self_score && *i.self_score >= i.computed_weight)
      now = "单位自评满分 " + targets::points(*i.self_score) + " 分";
    if (now.empty()) continue;
    turned.push_back(i.position);
    turned_details.push_back(named(i) + "在最近一次监控中判断为完全不可能完成，现" + now);
  }

  // Each detail is written before its positions are moved into the signal.
  if (every_at_target && quantitative_count >= params.all_at_target_min) {
    auto detail = std::to_string(quantitative_count) + " 项定量指标的实际完成值都正好等于目标值";
    out.push_back(signal("all_at_target", "指标全部恰好达标", std::move(detail),
                         params.all_at_target_weight, std::move(at_target)));
  }
  if (!unbacked.empty()) {
    auto detail = std::to_string(unbacked.size()) +
                  " 项指标填报了实际完成值，但没有上传佐证材料：" + joined(unbacked_names, "、");
    out.push_back(signal("no_evidence", "实际值无佐证材料", std::move(detail),
                         params.no_evidence_weight, std::move(unbacked)));
  }
  if (!turned.empty())
    out.push_back(signal("impossible_then_met", "监控判断不可能完成却已完成",
                         joined(turned_details, "；"), params.impossible_then_met_weight,
                         std::move(turned)));
  return out;
}

long long draw_weight(const std::vector<Signal>& signals) {
  long long w = 1;
  for (const auto& s : signals) w += s.weight;
  return std::max(w, 1LL);  // a region's weight of 0 leaves the candidate as plain as any other
}

}  // namespace jixiao::self_evaluation
