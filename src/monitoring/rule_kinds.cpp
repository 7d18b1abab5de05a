#include "monitoring/rule_kinds.h"

#include <boost/json.hpp>

#include "base/error.h"
#include "monitoring/settings.h"

namespace jixiao::monitoring {

namespace {

// Each runs after the shape check: the keys are there, numbers are 0 or more with two decimals
// at most, texts are not blank.

constexpr long long kHundredPercent = 10000;

MonthDay month_day(const boost::json::object& o, const char* key, const std::string& field) {
  if (auto md = parse_month_day(o.at(key).as_string())) return *md;
  throw invalid(field, "日期应写成“月-日”，如 05-31（不能是 2 月 29 日）");
}

long long whole(const boost::json::value& v, const std::string& field, long long min, long long max,
                const std::string& what) {
  const long long h = rules::hundredths(v);
  if (h % 100 != 0 || h / 100 < min || h / 100 > max)
    throw invalid(
        field, what + "应为 " + std::to_string(min) + " 到 " + std::to_string(max) + " 之间的整数");
  return h / 100;
}

long long percent(const boost::json::object& p, const char* key, bool zero_allowed = true) {
  const long long h = rules::hundredths(p.at(key));
  if (h > kHundredPercent || (!zero_allowed && h == 0))
    throw invalid(std::string("params.") + key,
                  zero_allowed ? "应在 0 到 100 之间" : "应大于 0，且不超过 100");
  return h;
}

void check_checkpoints(const boost::json::object& p) {
  // R-MO-2: every checkpoint a day of every year, its report due after its data, in order.
  const auto& list = p.at("checkpoints").as_array();
  MonthDay previous{};
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string field = "params.checkpoints[" + std::to_string(i) + "]";
    const auto& o = list[i].as_object();
    const MonthDay as_of = month_day(o, "as_of", field + ".as_of");
    const MonthDay due = month_day(o, "due", field + ".due");
    if (due <= as_of) throw invalid(field + ".due", "报送截止日应在数据截止日之后（同一年内）");
    if (i > 0 && as_of <= previous)
      throw invalid(field + ".as_of", "监控时点应按日期先后排列，且不能重复");
    previous = as_of;
  }
  whole(p.at("warn_days_ahead"), "params.warn_days_ahead", 0, 180, "提前预警天数");
  // R-RA-1 [local]: the days a warning notice gives its unit to answer (30 unless set).
  if (const auto* days = p.if_contains("notice_answer_days"))
    whole(*days, "params.notice_answer_days", 1, 180, "告知函反馈期限");
}

void check_warnings(const boost::json::object& p) {
  // R-MO-4: blue is the lesser deviation, red the greater.
  const long long blue = percent(p, "spending_behind_blue_points");
  const long long red = percent(p, "spending_behind_red_points");
  if (blue >= red)
    throw invalid("params.spending_behind_blue_points",
                  "蓝色预警的落后百分点应小于红色预警的落后百分点");
  // The floors rise with the year: a later month asks at least as much as an earlier one.
  const auto& floors = p.at("schedule_floors").as_array();
  long long month_before = 0;
  long long floor_before = 0;
  for (std::size_t i = 0; i < floors.size(); ++i) {
    const std::string field = "params.schedule_floors[" + std::to_string(i) + "]";
    const auto& o = floors[i].as_object();
    const long long month = whole(o.at("month"), field + ".month", 1, 12, "月份");
    if (month <= month_before) throw invalid(field + ".month", "月份应从小到大排列，且不能重复");
    const long long floor = rules::hundredths(o.at("floor"));
    if (floor > kHundredPercent) throw invalid(field + ".floor", "执行进度下限应在 0 到 100 之间");
    if (floor < floor_before)
      throw invalid(field + ".floor", "后一个月的执行进度下限不能低于前一个月");
    month_before = month;
    floor_before = floor;
  }
  percent(p, "schedule_floor_red_points");
  percent(p, "progress_mismatch_points");
  month_day(p, "idle_money_after", "params.idle_money_after");
  percent(p, "indicator_short_percent", false);
}

}  // namespace

void register_rule_kinds(rules::RuleKinds& kinds) {
  kinds.add("R-MO-2", check_checkpoints);
  kinds.add("R-MO-4", check_warnings);
}

}  // namespace jixiao::monitoring
