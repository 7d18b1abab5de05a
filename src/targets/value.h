// Indicator values as people type them: a number ("200", "1,200", "95%", "≥95"), a date
// ("2026-10-31", "2026年10月31日", "2026年10月", "2026.10.31") or text (grades, words).
// Kept as typed and parsed exactly: numbers as integers scaled by 10^4, never double.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jixiao::targets {

inline constexpr int kValueScale = 4;             // four decimals
inline constexpr std::int64_t kValueOne = 10000;  // 1.0000

struct ParsedValue {
  enum class Kind { empty, number, date, text };
  Kind kind = Kind::empty;
  std::int64_t number = 0;  // scaled by 10^4 when kind == number
  std::string date;         // ISO "2026-10-31" when kind == date (a month alone: its last day)
  bool percent = false;     // the number was written with a trailing % or ％
  // The comparator the value's own words state ("≥95" → ">=", "2026年10月底前" → "<="), empty
  // when they state none: the lint compares it with the indicator's comparator (R-IND-3).
  std::string stated_comparator;
};

ParsedValue parse_value(std::string_view typed);

// Units of time that make a number a valid timeliness value ("30 天").
bool is_time_unit(std::string_view unit);
// Units that say the value is a rate ("%", "％", "百分比").
bool is_percent_unit(std::string_view unit);
// Money units and how many fen one of them is ("元" → 100, "万元" → 1,000,000), or 0.
long long fen_per_unit(std::string_view unit);

}  // namespace jixiao::targets
