// The parameters of the monitoring rules as a region set them for a year (rules are data:
// defaults in data/rules/monitoring.json, overrides per region and year).
//
// Units: every rate, point and percent is an integer in hundredths of a percent (basis points,
// 1 bp = 0.01 %, 10000 = 100 %), the unit rules::hundredths gives a parameter of 20 → 2000.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/model.h"

namespace jixiao::monitoring {

// A day of any year, written "05-31" in the rules. 29 February is refused: a checkpoint must
// fall in every year.
struct MonthDay {
  int month = 0;
  int day = 0;
  auto operator<=>(const MonthDay&) const = default;
};

std::optional<MonthDay> parse_month_day(std::string_view text);
std::string month_day_text(MonthDay md);  // "5 月 31 日"

// R-MO-2 [local: 004 喀什]: data as of a day, the report due by another; warnings a month ahead.
struct CheckpointDefault {
  std::string name;  // "5月末监控"
  MonthDay as_of;
  MonthDay due;
};

struct CheckpointSettings {
  std::vector<CheckpointDefault> checkpoints;  // by as_of
  long long warn_days_ahead = 30;
};

// R-MO-4: each default warning rule with its switch and thresholds.
struct ScheduleFloor {
  int month = 0;           // the floor applies from the end of this month
  long long floor_bp = 0;  // execution rate below it warns
};

struct WarningSettings {
  struct {
    bool on = true;
    long long blue_bp = 2000;  // time progress − execution rate above it → blue
    long long red_bp = 4000;   // … above it → red
  } spending_behind;
  struct {
    bool on = true;
    std::vector<ScheduleFloor> floors;  // by month
    long long red_bp = 4000;            // red when also behind time progress by more
  } schedule_floor;
  struct {
    bool on = true;
    long long apart_bp = 1000;  // |target progress − execution rate| above it → blue
  } progress_mismatch;
  struct {
    bool on = true;
    MonthDay after{5, 31};  // nothing spent at a checkpoint after this day → red
  } idle_money;
  struct {
    bool on = true;
  } indicator_impossible;
  struct {
    bool on = true;
    long long below_bp = 8000;  // "possible" projected under this share of the target → blue
  } indicator_short;
  struct {
    bool on = true;
  } report_overdue;
};

WarningSettings warning_settings(const rules::RuleSet& rules);
const WarningSettings& national_warning_settings();

CheckpointSettings checkpoint_settings(const rules::RuleSet& rules);
const CheckpointSettings& national_checkpoint_settings();

// The parameters of R-MO-4 and R-MO-2 as read above; the rule kinds (monitoring/rule_kinds.h)
// have checked them, so a malformed one is a std::invalid_argument here.
WarningSettings warning_settings_of(const boost::json::object& params);
CheckpointSettings checkpoint_settings_of(const boost::json::object& params);

}  // namespace jixiao::monitoring
