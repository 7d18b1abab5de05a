// Wall-clock time as the product records it: UTC, ISO 8601, second precision.
#pragma once

#include <cstdint>
#include <string>

namespace jixiao {

std::int64_t now_unix();
// "2026-11-24T12:58:23Z"
std::string format_iso(std::int64_t unix_seconds);
inline std::string now_iso() { return format_iso(now_unix()); }
// The calendar (= fiscal) year now, UTC.
inline long long current_year() { return std::stoll(now_iso().substr(0, 4)); }

}  // namespace jixiao
