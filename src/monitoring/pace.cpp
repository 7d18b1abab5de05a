#include "monitoring/pace.h"

#include <algorithm>
#include <chrono>

#include "base/error.h"

namespace jixiao::monitoring {

namespace {

using namespace std::chrono;

struct Point {
  sys_days day;
  Fen executed;
};

}  // namespace

Fen projected_executed(const std::vector<SpendingPoint>& series, std::string_view at,
                       Fen budget_fen, long long recent_days) {
  const auto target = parse_iso_date(at);
  if (!target) throw invalid("at", "预测日期应为 YYYY-MM-DD 格式的有效日期");
  const sys_days at_day(*target);

  // The year starts with nothing spent: an implicit point on the last day of the year before.
  std::vector<Point> points{{sys_days(target->year() / January / 1) - days(1), 0}};
  std::vector<Point> given;
  for (std::size_t i = 0; i < series.size(); ++i) {
    const auto d = parse_iso_date(series[i].date);
    if (!d || d->year() != target->year())
      throw invalid("series[" + std::to_string(i) + "].date",
                    "支出日期应为 " + std::to_string(static_cast<int>(target->year())) +
                        " 年内 YYYY-MM-DD 格式的日期");
    given.push_back({sys_days(*d), series[i].executed_fen});
  }
  // In date order; of two on one day the later given wins.
  std::ranges::stable_sort(given, {}, &Point::day);
  for (const auto& p : given) {
    if (points.back().day == p.day)
      points.back() = p;
    else
      points.push_back(p);
  }

  // A day the series already reaches: its last point on or before it.
  const auto after = std::ranges::upper_bound(points, at_day, {}, &Point::day);
  const Point last = *std::prev(after);
  if (after != points.end()) return last.executed;

  // The base: the last point at least recent_days before the last one, else the year's start.
  const Point* base = &points.front();
  for (const auto& p : points)
    if (p.day <= last.day - days(recent_days)) base = &p;

  __int128 projected = last.executed;
  if (base->day < last.day) {
    const __int128 spent = static_cast<__int128>(last.executed) - base->executed;
    const long long span = (last.day - base->day).count();
    const long long ahead = (at_day - last.day).count();
    // Floor division: down to the fen (a negative pace is clamped to the last value below).
    const __int128 more = spent * ahead;
    projected += more >= 0 ? more / span : -((-more + span - 1) / span);
  }
  projected = std::min<__int128>(projected, budget_fen);
  return static_cast<Fen>(std::max<__int128>(projected, last.executed));
}

ProjectProgress projected_progress(const ProjectProgress& now,
                                   const std::vector<SpendingPoint>& series, std::string_view at) {
  const auto d = parse_iso_date(at);
  if (!d || static_cast<int>(d->year()) != now.year)
    throw invalid("at", "预测日期应为 " + std::to_string(now.year) + " 年内的日期");
  ProjectProgress p = now;
  p.as_of = std::string(at);
  p.executed_fen = projected_executed(series, at, now.budget_fen);
  return p;
}

std::optional<UpcomingCheckpoint> upcoming_checkpoint(const CheckpointSettings& s,
                                                      std::string_view today) {
  const auto t = parse_iso_date(today);
  if (!t) throw invalid("today", "日期应为 YYYY-MM-DD 格式的有效日期");
  std::optional<UpcomingCheckpoint> best;
  for (const year y : {t->year(), t->year() + years(1)})
    for (const auto& c : s.checkpoints) {
      const year_month_day d =
          y / month(static_cast<unsigned>(c.as_of.month)) / day(static_cast<unsigned>(c.as_of.day));
      const long long ahead = (sys_days(d) - sys_days(*t)).count();
      if (ahead <= 0 || ahead > s.warn_days_ahead) continue;
      if (!best || ahead < best->days_ahead) best = UpcomingCheckpoint{c, iso_date(d), ahead};
    }
  return best;
}

}  // namespace jixiao::monitoring
