// Calendar dates as ISO text ("2026-05-31"): what the database stores and the API exchanges.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace jixiao {

// A strict "YYYY-MM-DD" that is a real day (leap years counted); nullopt otherwise.
std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text);
inline bool is_iso_date(std::string_view text) { return parse_iso_date(text).has_value(); }
std::string iso_date(std::chrono::year_month_day d);

}  // namespace jixiao
