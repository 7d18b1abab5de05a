#include "monitoring/settings.h"

#include <array>
#include <boost/json.hpp>
#include <stdexcept>

namespace jixiao::monitoring {

namespace {

// Days of each month in a common year: 29 February is no day of every year.
constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

int two_digits(std::string_view s) {
  if (s.size() != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9') return -1;
  return (s[0] - '0') * 10 + (s[1] - '0');
}

MonthDay month_day_of(const boost::json::value& v) {
  if (auto md = parse_month_day(v.as_string())) return *md;
  throw std::invalid_argument("not a month-day");
}

}  // namespace

std::optional<MonthDay> parse_month_day(std::string_view text) {
  if (text.size() != 5 || text[2] != '-') return std::nullopt;
  const int m = two_digits(text.substr(0, 2));
  const int d = two_digits(text.substr(3, 2));
  if (m < 1 || m > 12 || d < 1 || d > kDays[static_cast<std::size_t>(m - 1)]) return std::nullopt;
  return MonthDay{m, d};
}

std::string month_day_text(MonthDay md) {
  return std::to_string(md.month) + " 月 " + std::to_string(md.day) + " 日";
}

WarningSettings warning_settings_of(const boost::json::object& p) {
  // R-MO-4 [jixiao unless marked]: one switch and its thresholds per default warning rule.
  WarningSettings s;
  s.spending_behind.on = p.at("spending_behind").as_bool();
  s.spending_behind.blue_bp = rules::hundredths(p.at("spending_behind_blue_points"));
  s.spending_behind.red_bp = rules::hundredths(p.at("spending_behind_red_points"));
  // [local: 四川 川财绩〔2025〕10号]
  s.schedule_floor.on = p.at("schedule_floor").as_bool();
  for (const auto& f : p.at("schedule_floors").as_array()) {
    const auto& o = f.as_object();
    s.schedule_floor.floors.push_back({static_cast<int>(rules::hundredths(o.at("month")) / 100),
                                       rules::hundredths(o.at("floor"))});
  }
  s.schedule_floor.red_bp = rules::hundredths(p.at("schedule_floor_red_points"));
  // [local: 四川]
  s.progress_mismatch.on = p.at("progress_mismatch").as_bool();
  s.progress_mismatch.apart_bp = rules::hundredths(p.at("progress_mismatch_points"));
  s.idle_money.on = p.at("idle_money").as_bool();
  s.idle_money.after = month_day_of(p.at("idle_money_after"));
  s.indicator_impossible.on = p.at("indicator_impossible").as_bool();
  s.indicator_short.on = p.at("indicator_short").as_bool();
  s.indicator_short.below_bp = rules::hundredths(p.at("indicator_short_percent"));
  s.report_overdue.on = p.at("report_overdue").as_bool();
  return s;
}

CheckpointSettings checkpoint_settings_of(const boost::json::object& p) {
  // R-MO-2 [local: 004 喀什]; the days ahead [jixiao].
  CheckpointSettings s;
  for (const auto& c : p.at("checkpoints").as_array()) {
    const auto& o = c.as_object();
    s.checkpoints.push_back({std::string(o.at("name").as_string()), month_day_of(o.at("as_of")),
                             month_day_of(o.at("due"))});
  }
  s.warn_days_ahead = rules::hundredths(p.at("warn_days_ahead")) / 100;
  return s;
}

WarningSettings warning_settings(const rules::RuleSet& rules) {
  return warning_settings_of(rules.params("R-MO-4"));
}

const WarningSettings& national_warning_settings() {
  static const WarningSettings s = warning_settings(rules::national_rule_set());
  return s;
}

CheckpointSettings checkpoint_settings(const rules::RuleSet& rules) {
  return checkpoint_settings_of(rules.params("R-MO-2"));
}

const CheckpointSettings& national_checkpoint_settings() {
  static const CheckpointSettings s = checkpoint_settings(rules::national_rule_set());
  return s;
}

}  // namespace jixiao::monitoring
