#include "cli/sample_self_evaluation.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

#include "base/error.h"
#include "library/vocabulary.h"
#include "self_evaluation/evaluation_score.h"
#include "targets/value.h"

namespace jixiao::cli {

namespace {

using Rng = std::mt19937_64;
using self_evaluation::IndicatorResult;

bool chance(Rng& rng, int percent) { return static_cast<int>(rng() % 100) < percent; }
// Uniform in [lo, hi] percent.
long long percent_in(Rng& rng, long long lo, long long hi) {
  return lo + static_cast<long long>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
}

// A number scaled by 10^4 as people write it: whole where the target is, else two decimals.
std::string number_text(std::int64_t v, bool whole) {
  if (whole) return std::to_string((v + targets::kValueOne / 2) / targets::kValueOne);
  const std::int64_t hundredths = (v + 50) / 100;
  std::string out = std::to_string(hundredths / 100);
  const std::int64_t frac = hundredths % 100;
  if (frac == 0) return out;
  std::string digits = std::to_string(frac + 100).substr(1);
  if (digits.back() == '0') digits.pop_back();
  return out + "." + digits;
}

// An ISO date moved by whole months (the day kept within 28).
std::string months_from(const std::string& iso, int months) {
  int y = std::stoi(iso.substr(0, 4)), m = std::stoi(iso.substr(5, 2)) + months;
  const int d = std::min(std::stoi(iso.substr(8, 2)), 28);
  while (m > 12) m -= 12, ++y;
  while (m < 1) m += 12, --y;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

constexpr std::array<const char*, 6> kMissed = {
    "受汛期影响，部分工程施工进度滞后", "配套资金未按期到位，部分任务顺延至下一年度",
    "实际受益对象少于申报时的预计",     "原材料价格上涨，部分采购内容调减",
    "政策调整后实施范围缩小",           "项目招标流程较长，实施时间不足",
};
constexpr std::array<const char*, 6> kImprovement = {
    "加强项目前期论证，合理确定年度目标值",     "建立月度调度机制，督促项目按进度实施",
    "提前做好资金和物资准备，确保按期到位",     "加强与相关部门协调配合，及时解决实施中的问题",
    "完善绩效目标动态调整机制，按程序申请调整", "压实项目单位责任，定期开展绩效运行监控",
};
constexpr const char* kExceeded = "目标值设定偏保守，实际完成情况好于预期";
constexpr const char* kExceededImprovement = "下一年度按实际能力合理设定目标值";

// The actual value of one indicator: met, missed or far exceeded as drawn.
void draw_value(IndicatorResult& i, Rng& rng, const AnswerMix& mix) {
  const bool qualitative = i.comparator == "qualitative";
  const bool missed = chance(rng, mix.missed_percent);
  if (qualitative) {
    i.actual_value = !missed ? "achieved" : chance(rng, 75) ? "partly" : "not_achieved";
    return;
  }
  const auto target = targets::parse_value(i.value);
  const bool lower = library::direction_of(i.comparator) == "lower";
  if (target.kind == targets::ParsedValue::Kind::date) {
    i.actual_value = missed ? months_from(target.date, lower ? 1 + static_cast<int>(rng() % 3)
                                                             : -1 - static_cast<int>(rng() % 2))
                            : target.date;
    return;
  }
  if (target.kind != targets::ParsedValue::Kind::number) {
    i.not_applicable = true;  // a target in words: nothing to compare
    return;
  }
  const bool rate = target.percent || targets::is_percent_unit(i.unit);
  const bool whole = target.number % targets::kValueOne == 0 && !rate;
  long long share = 100;  // of the target, in percent
  if (missed)
    share = lower ? percent_in(rng, 105, 140) : percent_in(rng, 60, 96);
  else if (!rate && !lower && i.comparator != "=" && chance(rng, mix.exceeded_percent))
    share = percent_in(rng, 130, 160);
  else if (i.comparator != "=")
    share = lower ? percent_in(rng, 85, 100) : percent_in(rng, 100, rate ? 103 : 110);
  std::int64_t v = target.number / 100 * share;
  if (rate) v = std::min<std::int64_t>(v, 100 * targets::kValueOne);
  // A whole count met stays at or above its target once rounded; a rate met stays a rate.
  i.actual_value = number_text(std::max<std::int64_t>(v, 0), whole);
}

}  // namespace

void answer_evaluation(self_evaluation::Evaluation& e, Rng& rng, const AnswerMix& mix,
                       const self_evaluation::ScoringSettings& settings) {
  auto& items = e.indicators;
  for (auto& i : items) {
    i.actual_value.clear();
    i.not_applicable = false;
    i.deviation_reason.clear();
    i.improvement.clear();
    i.self_score.reset();
    i.self_score_reason.clear();
    draw_value(i, rng, mix);
  }
  if (items.size() > 1 && chance(rng, mix.not_applicable_percent)) {
    auto& left_out = items[rng() % items.size()];
    left_out.not_applicable = true;
    left_out.actual_value.clear();
  }
  // What the rules cannot score is left out, as a unit would be told to at its save.
  for (std::size_t tries = 0;; ++tries) {
    try {
      self_evaluation::score_answers(e, items, settings);
      break;
    } catch (const AppError& err) {
      const std::string& f = err.field();
      if (tries > items.size() || !f.starts_with("indicators[")) throw;
      const std::size_t k = std::stoul(f.substr(11));
      if (k >= items.size() || items[k].not_applicable) throw;
      items[k].not_applicable = true;
      items[k].actual_value.clear();
    }
  }
  // R-SE-7: every indicator missed or far exceeded says why and what is done about it.
  bool missed_any = false;
  for (auto& i : items) {
    if (!i.needs_reason) continue;
    const bool over = i.computed_score >= i.computed_weight;  // met: far exceeded
    const std::size_t n = rng() % kMissed.size();
    i.deviation_reason = over ? kExceeded : kMissed[n];
    i.improvement = over ? kExceededImprovement : kImprovement[n];
    missed_any = missed_any || !over;
  }
  // R-SE-8: the unit's own scores; an inflating one gives a missed indicator its whole weight.
  if (chance(rng, mix.self_scored_percent)) {
    const bool inflated = chance(rng, mix.inflated_percent);
    for (auto& i : items) {
      if (i.not_applicable) continue;
      const bool whole =
          inflated && i.comparator != "qualitative" && i.computed_score < i.computed_weight;
      i.self_score = whole ? i.computed_weight : i.computed_score;
      i.self_score_reason = whole ? "年度任务已基本完成，效果良好" : "按实际完成情况自评";
    }
    self_evaluation::score_answers(e, items, settings);
  }
  e.goal_achieved = missed_any
                        ? "年度总体目标基本完成，个别指标未达到预期，原因及改进措施见指标说明。"
                        : "年度总体目标全面完成，各项指标均达到预期。";
  e.problems = missed_any ? "部分指标受客观因素影响未完成，项目实施进度管理有待加强。" : "";
  e.improvements = missed_any ? "加强项目实施过程管理，合理设定下一年度绩效目标。" : "";
}

void answer_partly(self_evaluation::Evaluation& e, Rng& rng, std::size_t given) {
  AnswerMix met;
  met.missed_percent = 0;
  met.exceeded_percent = 0;
  for (std::size_t k = 0; k < e.indicators.size() && k < given; ++k)
    draw_value(e.indicators[k], rng, met);
}

}  // namespace jixiao::cli
