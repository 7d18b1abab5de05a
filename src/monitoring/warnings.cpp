#include "monitoring/warnings.h"

#include <algorithm>
#include <boost/json.hpp>
#include <cstdio>
#include <cstdlib>

#include "base/error.h"
#include "base/text.h"
#include "base/vocabulary.h"
#include "targets/json.h"
#include "targets/value.h"

namespace jixiao::monitoring {

namespace {

using namespace std::chrono;

constexpr long long kWhole = 10000;  // 100.00 % in basis points

// n ÷ d in basis points, rounded half up; n ≥ 0, d > 0. 128-bit: fen times 10^4 overflow 64.
long long ratio_bp(long long n, long long d) {
  const __int128 twice = static_cast<__int128>(n) * 2 * kWhole / d;
  return static_cast<long long>((twice + 1) / 2);
}

// A threshold as a region wrote it: 20, 20.5, 20.01 (no trailing zeros).
std::string threshold_text(long long bp) {
  std::string s = std::to_string(bp / 100);
  if (const long long frac = bp % 100) {
    s += "." + std::string(frac < 10 ? "0" : "") + std::to_string(frac);
    if (s.back() == '0') s.pop_back();
  }
  return s;
}

// The direction that decides completion (R-IND-3): the comparator's; empty when qualitative.
std::string_view direction(const targets::Indicator& i) {
  return library::direction_of(i.comparator);
}

// A number as typed ("200", "1,200", "95%"), or nullopt for text, dates and blanks.
std::optional<std::int64_t> number(std::string_view typed) {
  const auto v = targets::parse_value(typed);
  if (v.kind != targets::ParsedValue::Kind::number) return std::nullopt;
  return v.number;
}

// How far a value goes towards a target, in basis points (not capped): for higher-is-better
// value ÷ target, for lower-is-better target ÷ value, a cap kept being met (overrun by a quarter
// is 80 %). nullopt when either is not a number, the indicator is qualitative or a target of 0
// is to be reached (no ratio means anything there).
std::optional<long long> completion_bp(const targets::Indicator& ind, std::string_view typed) {
  const auto dir = direction(ind);
  const auto target = number(ind.value);
  const auto value = number(typed);
  if (dir.empty() || !target || !value) return std::nullopt;
  const long long t = *target, v = std::max<std::int64_t>(*value, 0);
  if (dir == "higher") {
    if (t <= 0) return std::nullopt;
    return ratio_bp(v, t);
  }
  if (v <= std::max<long long>(t, 0)) return kWhole;
  return ratio_bp(std::max<long long>(t, 0), v);
}

// "159人次"; "95%" stays as typed when the unit is "%".
std::string with_unit(const std::string& typed, const std::string& unit) {
  return typed.ends_with(unit) ? typed : typed + unit;
}

std::string target_text(const targets::Indicator& i) {
  if (i.comparator == "qualitative") return i.value;
  return std::string(library::comparator_label(i.comparator)) + with_unit(i.value, i.unit);
}

FiredRule fire(std::string check, std::string colour, std::string detail,
               boost::json::object inputs) {
  return {"R-MO-4", std::move(check), std::move(colour), std::move(detail), std::move(inputs)};
}

// The last month end of the schedule floors reached by as_of, if any [local: 四川].
const ScheduleFloor* floor_at(const std::vector<ScheduleFloor>& floors, year_month_day as_of) {
  const ScheduleFloor* found = nullptr;
  for (const auto& f : floors) {
    const year_month_day end = as_of.year() / month(static_cast<unsigned>(f.month)) / last;
    if (end <= as_of && (!found || f.month > found->month)) found = &f;
  }
  return found;
}

void check_spending(const WarningSettings& s, const ProjectProgress& p, year_month_day as_of,
                    const Evaluation& e, std::vector<FiredRule>& out) {
  if (!e.execution_rate_bp) return;  // a zero budget has no execution rate to be behind with
  const long long rate = *e.execution_rate_bp;
  const long long behind = e.time_progress_bp - rate;
  const std::string figures =
      "时间进度 " + rate_text(e.time_progress_bp) + "%，预算执行率 " + rate_text(rate) + "%";

  // spending behind [jixiao]: time progress − execution rate above the thresholds.
  if (s.spending_behind.on && behind > s.spending_behind.blue_bp) {
    const bool red = behind > s.spending_behind.red_bp;
    const long long threshold = red ? s.spending_behind.red_bp : s.spending_behind.blue_bp;
    out.push_back(fire("spending_behind", red ? "red" : "blue",
                       figures + "，落后 " + rate_text(behind) + " 个百分点，超过 " +
                           threshold_text(threshold) + " 个百分点",
                       {{"time_progress", rate_text(e.time_progress_bp)},
                        {"execution_rate", rate_text(rate)},
                        {"behind", rate_text(behind)},
                        {"threshold", rate_text(threshold)}}));
  }

  // schedule floor [local: 四川 川财绩〔2025〕10号]: below the floor of the last month end
  // passed → blue; red when also behind by more than its red points.
  if (s.schedule_floor.on) {
    if (const auto* f = floor_at(s.schedule_floor.floors, as_of); f && rate < f->floor_bp) {
      const bool red = behind > s.schedule_floor.red_bp;
      std::string detail = "已过 " + std::to_string(f->month) + " 月末，预算执行率 " +
                           rate_text(rate) + "%，低于 " + threshold_text(f->floor_bp) +
                           "% 的执行进度下限";
      if (red)
        detail += "，且落后时间进度 " + rate_text(behind) + " 个百分点，超过 " +
                  threshold_text(s.schedule_floor.red_bp) + " 个百分点";
      out.push_back(fire("schedule_floor", red ? "red" : "blue", std::move(detail),
                         {{"month", f->month},
                          {"floor", rate_text(f->floor_bp)},
                          {"execution_rate", rate_text(rate)},
                          {"time_progress", rate_text(e.time_progress_bp)},
                          {"behind", rate_text(behind)}}));
    }
  }

  // progress mismatch [local: 四川]: target and spending progress apart by more than the
  // points, either way (results behind the money, or money behind the results).
  if (s.progress_mismatch.on && e.target_progress_bp) {
    const long long apart = std::abs(*e.target_progress_bp - rate);
    if (apart > s.progress_mismatch.apart_bp)
      out.push_back(fire("progress_mismatch", "blue",
                         "目标完成进度 " + rate_text(*e.target_progress_bp) + "%，预算执行率 " +
                             rate_text(rate) + "%，相差 " + rate_text(apart) + " 个百分点，超过 " +
                             threshold_text(s.progress_mismatch.apart_bp) + " 个百分点",
                         {{"target_progress", rate_text(*e.target_progress_bp)},
                          {"execution_rate", rate_text(rate)},
                          {"apart", rate_text(apart)},
                          {"threshold", rate_text(s.progress_mismatch.apart_bp)}}));
  }

  // idle money [jixiao]: a budget with nothing spent at a checkpoint after the day.
  const year_month_day after = as_of.year() /
                               month(static_cast<unsigned>(s.idle_money.after.month)) /
                               day(static_cast<unsigned>(s.idle_money.after.day));
  if (s.idle_money.on && p.executed_fen == 0 && as_of > after)
    out.push_back(fire("idle_money", "red",
                       month_day_text(s.idle_money.after) + "以后的监控点（" + p.as_of +
                           "），预算 " + format_wan(p.budget_fen) + " 万元仍未支出",
                       {{"as_of", p.as_of},
                        {"after", iso_date(after)},
                        {"budget_fen", p.budget_fen},
                        {"executed_fen", p.executed_fen}}));
}

void check_indicators(const WarningSettings& s, const ProjectProgress& p,
                      std::vector<FiredRule>& out) {
  // an indicator judged impossible → red; judged possible with a projection under the share of
  // its target → blue [jixiao]. One fired rule per indicator, so each can be corrected.
  for (const auto& ip : p.indicators) {
    const auto& ind = ip.indicator;
    const std::string named = "指标“" + ind.name + "”（" + target_text(ind) + "）";
    if (s.indicator_impossible.on && ip.likelihood == "impossible")
      out.push_back(fire(
          "indicator_impossible", "red", named + "判断为完全不可能完成",
          {{"indicator", ind.name}, {"target", target_text(ind)}, {"likelihood", ip.likelihood}}));
    if (s.indicator_short.on && ip.likelihood == "possible") {
      const auto done = completion_bp(ind, ip.projected_value);
      if (done && *done < s.indicator_short.below_bp)
        out.push_back(fire("indicator_short", "blue",
                           named + "判断为有可能完成，预计 " +
                               with_unit(ip.projected_value, ind.unit) + "，完成程度 " +
                               rate_text(*done) + "%，低于 " +
                               threshold_text(s.indicator_short.below_bp) + "%",
                           {{"indicator", ind.name},
                            {"target", target_text(ind)},
                            {"likelihood", ip.likelihood},
                            {"projected_value", ip.projected_value},
                            {"completion", rate_text(*done)},
                            {"threshold", rate_text(s.indicator_short.below_bp)}}));
    }
  }
}

}  // namespace

bool is_likelihood(std::string_view s) { return !likelihood_label(s).empty(); }

std::string_view likelihood_label(std::string_view s) {
  return vocabulary("monitoring_likelihood").label(s);
}

long long time_progress_bp(year_month_day as_of) {
  // R-MO-3 [practice]: the as_of day counts as elapsed (data "as of 31 May" include it).
  const long long elapsed = (sys_days(as_of) - sys_days(as_of.year() / January / 1)).count() + 1;
  return ratio_bp(elapsed, as_of.year().is_leap() ? 366 : 365);
}

std::optional<long long> execution_rate_bp(Fen executed, Fen budget) {
  // R-MO-3, R-MON-2: a zero budget has no rate ("—"), never 0 % or 100 %.
  if (budget <= 0) return std::nullopt;
  return ratio_bp(std::max<Fen>(executed, 0), budget);
}

std::optional<long long> target_progress_bp(const std::vector<IndicatorProgress>& indicators) {
  // [jixiao] Target progress: the mean over the quantities that accumulate through the year
  // (higher-is-better numbers that are not rates, R-IND-3) with a value so far, of each one's
  // completion (value so far ÷ target) capped at 100 %, so one indicator far ahead cannot hide
  // another behind. A rate (a pass rate, satisfaction) or a cap (lower-is-better, a cost) is as
  // met in May as in December and says nothing of how far the work has come, so it is left out,
  // as are qualitative indicators, dates and values not reported; none left → nullopt. Each is
  // rounded half up to basis points, as R-MON-3 rounds per indicator, then the mean.
  long long sum = 0, n = 0;
  for (const auto& ip : indicators) {
    if (trim(ip.value_so_far).empty()) continue;
    if (direction(ip.indicator) != "higher") continue;
    const auto target = targets::parse_value(ip.indicator.value);
    if (target.percent || targets::is_percent_unit(ip.indicator.unit)) continue;
    if (const auto done = completion_bp(ip.indicator, ip.value_so_far)) {
      sum += std::min(*done, kWhole);
      ++n;
    }
  }
  if (n == 0) return std::nullopt;
  return ratio_bp(sum, n * kWhole);
}

std::string rate_text(std::optional<long long> bp) {
  // Basis points are hundredths of a percent, written as points are (R-MON-2).
  return bp ? targets::points(*bp) : "—";
}

Evaluation evaluate(const WarningSettings& s, const ProjectProgress& p) {
  const auto as_of = parse_iso_date(p.as_of);
  if (!as_of || static_cast<int>(as_of->year()) != p.year)
    throw invalid("as_of", "监控数据截止日期应为 " + std::to_string(p.year) + " 年内的日期");
  Evaluation e;
  e.time_progress_bp = time_progress_bp(*as_of);
  e.execution_rate_bp = execution_rate_bp(p.executed_fen, p.budget_fen);
  e.target_progress_bp = target_progress_bp(p.indicators);

  check_spending(s, p, *as_of, e, e.fired);
  check_indicators(s, p, e.fired);
  // a monitoring report missing after its due date → red [jixiao].
  if (s.report_overdue.on && p.report_overdue)
    e.fired.push_back(fire("report_overdue", "red", "监控报告已过报送截止日仍未提交",
                           {{"as_of", p.as_of}, {"report_overdue", true}}));

  // R-MO-4: the highest severity of the rules that fire is the project's colour.
  for (const auto& f : e.fired)
    if (f.colour == "red" || (f.colour == "blue" && e.colour == "none")) e.colour = f.colour;
  return e;
}

}  // namespace jixiao::monitoring
