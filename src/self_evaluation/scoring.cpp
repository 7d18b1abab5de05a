#include "self_evaluation/scoring.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "base/error.h"
#include "base/rational.h"
#include "base/text.h"
#include "library/vocabulary.h"
#include "targets/json.h"
#include "targets/lint/check.h"
#include "targets/review_rules.h"
#include "targets/value.h"

namespace jixiao::self_evaluation {

namespace {

// Exact rationals of any size: a weight passes through a category's share, the shares of the
// missing categories and the rescaling of R-SE-6, and an actual value may be any number
// parse_value reads; no fixed width holds every such product, though 64 bits hold nearly all.
using Q = Rational;
using targets::ParsedValue;

constexpr long long kWholeBp = 10000;  // 100.00 % in hundredths of a percent

struct Band {
  std::string_view code, label;
};
// R-SE-5 [practice]: the three bands, best first.
constexpr std::array<Band, 3> kBands{{{"achieved", "达成年度指标"},
                                      {"partly", "部分达成并具有一定效果"},
                                      {"not_achieved", "未达成且效果较差"}}};

// The groups that share R-SE-1's points.
enum Group { kOutput, kBenefit, kSatisfaction, kCost, kGroups };
constexpr std::array<std::string_view, kGroups> kGroupLabel{"产出指标", "效益指标", "满意度指标",
                                                            "成本指标"};

// Half up to whole hundredths (R-MON-3); x is in hundredths and never negative.
long long rounded(const Q& x) { return x.half_up(); }

// "102.11" from the digits of hundredths of any size.
std::string hundredths_text(std::string digits) {
  if (digits.size() < 3) digits.insert(0, 3 - digits.size(), '0');
  digits.insert(digits.size() - 2, 1, '.');
  return digits;
}
std::string pts(const Q& hundredths) { return targets::points(rounded(hundredths)); }
// A ratio as a percentage with two decimals, rounded half up (R-MON-2): "75.00%".
std::string percent(const Q& ratio) {
  std::string text = hundredths_text((ratio * kWholeBp).half_up_digits());
  text += '%';
  return text;
}

std::string field(std::size_t i, std::string_view key) {
  return "indicators[" + std::to_string(i) + "]." + std::string(key);
}

Group group_of(const targets::Indicator& ind, const ScoringSettings& s, std::size_t i) {
  if (ind.category == "output") return kOutput;
  if (ind.category == "benefit") return kBenefit;
  if (ind.category == "satisfaction") return kSatisfaction;
  // R-SE-1 [jixiao]: cost counts within output's points unless the region gives it its own.
  if (ind.category == "cost") return s.cost_points > 0 ? kCost : kOutput;
  throw invalid(field(i, "category"), "一级指标只能是 output、benefit、cost、satisfaction");
}

// What every part counts for (R-SE-1, R-SE-2, R-SE-6), exactly, in hundredths, and why an
// indicator's differs from the weight the target gives it.
struct Weights {
  Q execution;
  std::string execution_note;
  std::vector<Q> indicator;
  std::vector<Group> group;
  std::array<std::vector<std::string>, kGroups> group_notes;
  std::string rescaled;  // R-SE-6's note, said by every indicator still counted
};

// Why an indicator's weight is not the one typed: its category's notes, then R-SE-6's.
struct Notes {
  const std::vector<std::string>& of_category;
  const std::string& rescaled;
};

Weights weigh(const ScoringInput& in, const ScoringSettings& s) {
  const std::size_t n = in.indicators.size();
  std::array<Q, kGroups> points{Q(s.output_points), Q(s.benefit_points), Q(s.satisfaction_points),
                                Q(s.cost_points)};
  const std::array<Q, kGroups> shipped = points;
  std::array<Q, kGroups> typed{};
  std::array<long long, kGroups> count{};
  std::vector<Group> group(n);
  bool cost_in_output = false;
  for (std::size_t i = 0; i < n; ++i) {
    group[i] = group_of(in.indicators[i].indicator, s, i);
    cost_in_output |= in.indicators[i].indicator.category == "cost" && group[i] == kOutput;
    typed[group[i]] += in.indicators[i].indicator.weight;
    ++count[group[i]];
  }
  std::array<std::vector<std::string>, kGroups> received;
  // The categories whose points each group holds, for the note when it hands them on.
  std::array<std::string, kGroups> holds;
  for (int g = 0; g < kGroups; ++g) holds[g] = kGroupLabel[g];
  // Gives `amount` to the groups in proportion to their points (equally when all have none).
  auto spread = [&](const Q& amount, const std::vector<Group>& to, const std::string& why) {
    Q sum;
    for (Group g : to) sum += points[g];
    std::array<Q, kGroups> share{};
    for (Group g : to)
      share[g] = sum > 0 ? amount * points[g] / sum : amount / static_cast<long long>(to.size());
    for (Group g : to) {
      points[g] += share[g];
      received[g].push_back(to.size() == 1 ? why : why + "，本类分得 " + pts(share[g]) + " 分");
    }
  };

  // R-SE-2 [practice, unverified clause]: with no satisfaction indicator its points go to
  // benefit, or to output and benefit in proportion where the region chose so.
  if (count[kSatisfaction] == 0 && points[kSatisfaction] > 0) {
    const Q moved = points[kSatisfaction];
    points[kSatisfaction] = 0;
    if (s.missing_satisfaction_to == "output_and_benefit")
      spread(moved, {kOutput, kBenefit},
             "未设满意度指标，其 " + pts(moved) + " 分按产出、效益指标的分值比例分入（R-SE-2）");
    else if (s.missing_satisfaction_to == "benefit")
      spread(moved, {kBenefit}, "未设满意度指标，其 " + pts(moved) + " 分计入效益指标（R-SE-2）");
    else
      throw std::invalid_argument("R-SE-2: missing_satisfaction_to " + s.missing_satisfaction_to);
    for (Group g : {kOutput, kBenefit})
      if (received[g].size() == 1) holds[g] += "、满意度指标";
  }
  // R-SE-1 [jixiao]: a category with no indicator at all hands its points to the others in
  // proportion to theirs, so that the whole stays 100.
  Q pool;
  std::string gone;
  std::vector<Group> present;
  for (int g = 0; g < kGroups; ++g) {
    if (count[g] > 0) {
      present.push_back(static_cast<Group>(g));
    } else if (points[g] > 0) {
      pool += points[g];
      gone += (gone.empty() ? "" : "、") + holds[g];
      points[g] = 0;
    }
  }
  if (present.empty()) throw invalid("indicators", "请至少填写一个绩效指标");
  if (pool > 0)
    spread(pool, present,
           "未设" + gone + "，其 " + pts(pool) + " 分" +
               (present.size() == 1 ? "计入" + std::string(kGroupLabel[present[0]])
                                    : std::string("按其他各类指标的分值比例分入")) +
               "（R-SE-1）");

  // Each category's notes, once: what it received, and why its indicators' weights are not the
  // ones typed. Said when the weights typed do not add up to the category's own points; points a
  // category received are said by the note of their move.
  Weights w;
  auto& group_notes = w.group_notes;
  for (int g = 0; g < kGroups; ++g) {
    if (count[g] == 0) continue;
    group_notes[g] = std::move(received[g]);
    if (typed[g] != 0 && (typed[g] == shipped[g] || typed[g] == points[g])) continue;
    const std::string whose =
        std::string(kGroupLabel[g]) + (g == kOutput && cost_in_output ? "（含成本指标）" : "");
    if (typed[g] == 0)
      group_notes[g].push_back(whose + "均未填权重，" + pts(points[g]) +
                               " 分按项数平均分配（R-SE-1）");
    else
      group_notes[g].push_back(whose + "共 " + pts(points[g]) + " 分，各项填报权重合计 " +
                               pts(typed[g]) + " 分，按权重占比分配（R-SE-1）");
  }
  w.execution = s.execution_points;
  w.indicator.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Group g = group[i];
    const long long mine = in.indicators[i].indicator.weight;
    // R-SE-1 [practice; 财预〔2020〕10号: 10 + 50 + 30 + 10]: a category's indicators share its
    // points in proportion to their weights, equally when none has one [jixiao].
    w.indicator[i] = typed[g] > 0 ? points[g] * mine / typed[g] : points[g] / count[g];
  }

  // R-SE-6 [practice]: an indicator not applicable is left out and every other part, budget
  // execution included, is rescaled so that the whole is 100.
  Q total = w.execution;
  for (const auto& p : points) total += p;
  Q left_out;
  for (std::size_t i = 0; i < n; ++i)
    if (in.indicators[i].not_applicable) left_out += w.indicator[i];
  if (left_out > 0) {
    const Q left = total - left_out;
    if (left <= 0) throw invalid("indicators", "所有指标都不适用，没有可以计分的内容");
    w.rescaled = concat("有不适用的指标，其余各项按比例调整为合计 ",
                        targets::checks::scaled_text(rounded(total) * 100), " 分（R-SE-6）");
    w.execution = w.execution * total / left;
    w.execution_note = w.rescaled;
    for (std::size_t i = 0; i < n; ++i)
      if (!in.indicators[i].not_applicable) w.indicator[i] = w.indicator[i] * total / left;
  }
  w.group = std::move(group);
  return w;
}

// How an indicator's result reads: a ratio of the weight, all of it, or nothing.
struct Judged {
  enum class Form { ratio, full, zero };
  Form form = Form::zero;
  Q fraction;       // of the weight, 0…1
  std::string how;  // the inputs and the comparison, before the score
  bool met = false;
  bool exceeded = false;
  bool lower = false;  // lower-is-better, for the wording of R-SE-7
};

bool is_percent(const targets::Indicator& ind, const ParsedValue& target) {
  return target.percent || targets::is_percent_unit(ind.unit);
}

// "150 人次", "97%", "3" (no unit).
std::string with_unit(std::int64_t scaled, const targets::Indicator& ind, bool percent_value) {
  std::string number = targets::checks::scaled_text(scaled);
  if (percent_value) {
    number += '%';
  } else if (const std::string unit = trim(ind.unit); !unit.empty()) {
    append_all(number, " ", unit);
  }
  return number;
}

// R-SE-4 [practice]: quantitative numbers. Higher-is-better (≥ > =): min(B ÷ A, 1), B ≤ 0 scores
// 0, and a target of 0 or less is met by reaching it. Lower-is-better (≤ <): full at B ≤ A, then
// "ratio" min(A ÷ B, 1) or "linear" falling to 0 at B = 2A; a target of 0 or less not reached
// scores 0 (no ratio means anything there). R-SE-7 [practice; local: 广西]: exceeded when
// B ≥ (1 + p)A or, lower-is-better, B ≤ (1 − p)A, for a positive target.
Judged judge_number(const targets::Indicator& ind, const ParsedValue& target,
                    const ParsedValue& actual, const ScoringSettings& s) {
  const bool pct = is_percent(ind, target);
  const Q a = target.number, b = actual.number;
  const std::string at = with_unit(target.number, ind, pct);
  const std::string bt = with_unit(actual.number, ind, pct);
  const long long p = s.exceeded_percent;
  Judged j;
  auto full = [&](std::string how) {
    j.form = Judged::Form::full;
    j.fraction = 1;
    j.how = std::move(how);
  };
  auto zero = [&](std::string how) {
    j.form = Judged::Form::zero;
    j.fraction = 0;
    j.how = std::move(how);
  };
  if (library::direction_of(ind.comparator) == "higher") {
    j.met = b >= a;
    j.exceeded = a > 0 && b * 100 >= a * (100 + p);
    if (a <= 0) {
      if (j.met)
        full(concat("实际 ", bt, "，不低于目标 ", at));
      else
        zero(concat("实际 ", bt, "，低于目标 ", at));
    } else if (b <= 0) {
      zero(concat("实际 ", bt, "，未大于 0"));
    } else {
      const Q ratio = b / a;
      j.form = Judged::Form::ratio;
      j.fraction = ratio > 1 ? Q(1) : ratio;
      j.how = concat("实际 ", bt, " ÷ 目标 ", at, " = ", percent(ratio),
                     ratio > 1 ? "，按 100% 计" : "");
    }
    return j;
  }
  j.lower = true;
  j.met = b <= a;
  j.exceeded = a > 0 && b * 100 <= a * (100 - p);
  if (j.met) {
    full(concat("实际 ", bt, "，不高于目标 ", at));
  } else if (a <= 0) {
    zero(concat("实际 ", bt, "，高于目标 ", at));
  } else if (s.lower_is_better == "linear") {
    if (b >= a * 2) {
      zero(concat("实际 ", bt, "，达到目标 ", at, "的 2 倍及以上（超出部分线性扣分）"));
    } else {
      j.form = Judged::Form::ratio;
      j.fraction = (a * 2 - b) / a;
      j.how = concat("实际 ", bt, "，高于目标 ", at, "，线性扣分：(2 × ",
                     targets::checks::scaled_text(target.number), " − ",
                     targets::checks::scaled_text(actual.number), ") ÷ ",
                     targets::checks::scaled_text(target.number), " = ", percent(j.fraction));
    }
  } else if (s.lower_is_better == "ratio") {
    j.form = Judged::Form::ratio;
    j.fraction = a / b;
    j.how = concat("目标 ", at, " ÷ 实际 ", bt, " = ", percent(j.fraction));
  } else {
    throw std::invalid_argument("R-SE-4: lower_is_better " + s.lower_is_better);
  }
  return j;
}

// R-SE-4 [jixiao]: a date is met on time (on or before it for ≤ <, on or after it for ≥ > =)
// and scores all of its weight, else nothing.
Judged judge_date(const targets::Indicator& ind, const ParsedValue& target,
                  const ParsedValue& actual) {
  Judged j;
  j.lower = library::direction_of(ind.comparator) == "lower";
  j.met = j.lower ? actual.date <= target.date : actual.date >= target.date;
  j.form = j.met ? Judged::Form::full : Judged::Form::zero;
  j.fraction = j.met ? 1 : 0;
  const char* relation = j.lower ? (j.met ? "，不晚于目标 " : "，晚于目标 ")
                                 : (j.met ? "，不早于目标 " : "，早于目标 ");
  j.how = concat("实际完成于 ", actual.date, relation, target.date);
  return j;
}

std::string kind_word(ParsedValue::Kind k) {
  return k == ParsedValue::Kind::date ? "日期" : "数字";
}

std::string reason_note(const Judged& j, const ScoringSettings& s) {
  if (!j.met) return "未达到目标，需说明偏差原因和改进措施（R-SE-7）";
  if (j.exceeded)
    return std::string(j.lower ? "实际低于目标 " : "实际超出目标 ") +
           std::to_string(s.exceeded_percent) + "% 及以上，需说明偏差原因和改进措施（R-SE-7）";
  return {};
}

// Joins the score's sentence, why the weight is what it is, and what R-SE-7 asks.
std::string sentences(std::string first, long long typed, long long weight, const Notes& notes,
                      const std::string& reason) {
  if ((!notes.of_category.empty() || !notes.rescaled.empty()) && typed != weight) {
    append_all(first, "。权重由填报的 ", targets::points(typed), " 分调整为 ",
               targets::points(weight), " 分：");
    for (std::size_t k = 0; k < notes.of_category.size(); ++k)
      append_all(first, k ? "；" : "", notes.of_category[k]);
    if (!notes.rescaled.empty())
      append_all(first, notes.of_category.empty() ? "" : "；", notes.rescaled);
  }
  if (!reason.empty()) append_all(first, "。", reason);
  return first;
}

IndicatorScore score_quantitative(const IndicatorInput& in, std::size_t i, const Q& weight,
                                  const Notes& notes, const ScoringSettings& s) {
  const auto& ind = in.indicator;
  const ParsedValue target = targets::parse_value(ind.value);
  if (target.kind != ParsedValue::Kind::number && target.kind != ParsedValue::Kind::date)
    throw invalid(field(i, "value"),
                  "指标值应为数字或日期，才能按实际完成值计分；文字表述的指标请设为定性指标");
  const ParsedValue actual = targets::parse_value(in.actual_value);
  if (actual.kind != target.kind)
    throw invalid(
        field(i, "actual_value"),
        "指标值是" + kind_word(target.kind) + "，实际完成值也应填写" + kind_word(target.kind) +
            (target.kind == ParsedValue::Kind::date ? "，如 2026-10-31" : "，如 150 或 97%"));
  if (actual.percent && !is_percent(ind, target))
    throw invalid(field(i, "actual_value"), "指标值不是百分比，实际完成值不应带 %");

  Judged j = target.kind == ParsedValue::Kind::date ? judge_date(ind, target, actual)
                                                    : judge_number(ind, target, actual, s);
  IndicatorScore out;
  out.rule = "R-SE-4";
  out.weight = rounded(weight);
  out.score = rounded(weight * j.fraction);
  out.met = j.met;
  out.needs_reason = !j.met || j.exceeded;
  std::string first = std::move(j.how);
  switch (j.form) {
    case Judged::Form::ratio:
      append_all(first, "，× 权重 ", targets::points(out.weight),
                 " 分 = ", targets::points(out.score), " 分");
      break;
    case Judged::Form::full:
      append_all(first, "，得满分 ", targets::points(out.score), " 分");
      break;
    case Judged::Form::zero:
      first += "，得 0.00 分";
      break;
  }
  out.detail = sentences(std::move(first), ind.weight, out.weight, notes, reason_note(j, s));
  return out;
}

// R-SE-5 [practice]: the band's range on the weight as shown; a floor is the least hundredth
// at or above its percent, a band "below" the next one ends a hundredth under that one's floor.
IndicatorScore score_qualitative(const IndicatorInput& in, std::size_t i, const Q& weight,
                                 const Notes& notes, const ScoringSettings& s) {
  const std::string_view band = band_of(in.actual_value);
  if (band.empty())
    throw invalid(field(i, "actual_value"),
                  "定性指标的实际完成情况只能是“达成年度指标”“部分达成并具有一定效果”或"
                  "“未达成且效果较差”");
  IndicatorScore out;
  out.rule = "R-SE-5";
  out.weight = rounded(weight);
  auto floor_at = [&](long long percent) {
    const __int128 h = static_cast<__int128>(out.weight) * percent;  // no overflow
    return static_cast<long long>((h + 99) / 100);
  };
  const long long achieved = floor_at(s.achieved_floor_percent);
  const long long partly = floor_at(s.partly_floor_percent);
  long long from = 0, to = 0;
  std::string share;
  const std::string hi = std::to_string(s.achieved_floor_percent) + "%";
  const std::string lo = std::to_string(s.partly_floor_percent) + "%";
  if (band == "achieved") {
    from = achieved, to = out.weight, share = hi + "–100%";
  } else if (band == "partly") {
    from = partly, to = achieved - 1, share = lo + " 至不足 " + hi;
  } else {
    from = 0, to = partly - 1, share = "0 至不足 " + lo;
  }
  to = std::max(to, from);
  out.band = std::string(band);
  out.band_floor = from;
  out.band_ceiling = to;
  out.met = band == "achieved";
  out.needs_reason = !out.met;
  std::string first =
      concat(band_label(band), "，得分区间 ", targets::points(from), "–", targets::points(to),
             " 分（权重 ", targets::points(out.weight), " 分的 ", share, "）");
  if (in.self_score) {
    if (*in.self_score < from || *in.self_score > to)
      throw invalid(field(i, "self_score"), "“" + std::string(band_label(band)) +
                                                "”的自评得分应在 " + targets::points(from) +
                                                " 到 " + targets::points(to) + " 分之间");
    out.score = *in.self_score;
    append_all(first, "，按单位自评 ", targets::points(out.score), " 分计");
  } else {
    out.score = from;
    append_all(first, "，未填自评得分，按区间下限 ", targets::points(out.score), " 分计");
  }
  out.detail = sentences(std::move(first), in.indicator.weight, out.weight, notes,
                         out.met ? "" : "未完全达成，需说明偏差原因和改进措施（R-SE-7）");
  return out;
}

}  // namespace

bool is_band(std::string_view code) { return !band_label(code).empty(); }

std::string_view band_label(std::string_view code) {
  for (const auto& b : kBands)
    if (b.code == code) return b.label;
  return {};
}

std::string_view band_of(std::string_view typed) {
  const std::string t = trim(typed);
  for (const auto& b : kBands)
    if (t == b.code || t == b.label) return b.code;
  return {};
}

Scored score(const ScoringInput& in, const ScoringSettings& s) {
  if (in.budget_fen < 0) throw invalid("budget_fen", "全年预算数不能为负数");
  if (in.executed_fen < 0) throw invalid("executed_fen", "全年执行数不能为负数");
  if (in.executed_fen > in.budget_fen)
    throw invalid("executed_fen", "全年执行数不能超过全年预算数（含调整）");
  if (in.indicators.empty()) throw invalid("indicators", "请至少填写一个绩效指标");

  const Weights w = weigh(in, s);
  Scored out;

  // R-SE-3 [practice]: min(executed ÷ budget, 1) × the execution points (the budget as
  // adjusted; never over it, checked above). A zero budget has no rate (R-MON-2) and scores 0.
  out.execution_weight = rounded(w.execution);
  if (in.budget_fen == 0) {
    out.execution_detail = "预算数为0，执行率为“—”";
  } else {
    const Q rate = Q(in.executed_fen) / in.budget_fen;
    out.execution_rate_bp = rounded(rate * kWholeBp);
    out.execution_score = rounded(w.execution * rate);
    out.execution_detail =
        concat("全年执行数 ", format_wan(in.executed_fen), " 万元 ÷ 全年预算数 ",
               format_wan(in.budget_fen), " 万元 = ", targets::points(*out.execution_rate_bp),
               "%，× ", targets::points(out.execution_weight),
               " 分 = ", targets::points(out.execution_score), " 分");
  }
  if (!w.execution_note.empty())
    out.execution_detail += "。分值由 " + targets::points(s.execution_points) + " 分调整为 " +
                            targets::points(out.execution_weight) + " 分：" + w.execution_note;

  const auto notes_of = [&](std::size_t i) { return Notes{w.group_notes[w.group[i]], w.rescaled}; };
  out.total = out.execution_score;
  out.indicators.reserve(in.indicators.size());
  long long self_total = out.execution_score;
  bool every_self_score = true;
  for (std::size_t i = 0; i < in.indicators.size(); ++i) {
    const auto& ind = in.indicators[i];
    IndicatorScore sc;
    if (ind.not_applicable) {
      // R-SE-6: left out; its self score, if any, is ignored.
      sc.rule = "R-SE-6";
      sc.detail = "不适用，不计分，其余各项按比例调整为合计 100 分（R-SE-6）";
      out.indicators.push_back(std::move(sc));
      continue;
    }
    if (trim(ind.actual_value).empty()) throw invalid(field(i, "actual_value"), "请填写实际完成值");
    if (ind.indicator.comparator == "qualitative") {
      sc = score_qualitative(ind, i, w.indicator[i], notes_of(i), s);
    } else {
      if (!library::is_comparator(ind.indicator.comparator))
        throw invalid(field(i, "comparator"), "比较符只能是 >=、<=、=、>、< 或 qualitative");
      sc = score_quantitative(ind, i, w.indicator[i], notes_of(i), s);
      if (ind.self_score && *ind.self_score > sc.weight)
        throw invalid(field(i, "self_score"),
                      "自评得分不能超过本项分值 " + targets::points(sc.weight) + " 分");
    }
    if (ind.self_score && *ind.self_score < 0)
      throw invalid(field(i, "self_score"), "自评得分不能为负数");
    out.total += sc.score;
    if (ind.self_score)
      self_total += *ind.self_score;
    else
      every_self_score = false;
    out.indicators.push_back(std::move(sc));
  }
  // R-SE-8 [jixiao]: the unit's own total beside the computed one, when it scored everything.
  if (every_self_score) out.self_total = self_total;
  // R-GR-1 [practice; 财预〔2020〕10号 as applied]: on the total of the rounded parts (R-MON-3).
  out.grade = targets::grade_of(out.total, {s.excellent, s.good, s.fair});
  return out;
}

}  // namespace jixiao::self_evaluation
