// Money is integer fen (分) everywhere; 万元 and 亿元 are display units only (R-MON-1).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jixiao {

// long long rather than int64_t (long here): the type SOCI binds for BIGINT on every platform.
using Fen = long long;

inline constexpr Fen kFenPerYuan = 100;
inline constexpr Fen kFenPerWan = 1'000'000;      // 1 万元
inline constexpr Fen kFenPerYi = 10'000'000'000;  // 1 亿元

// "1234.57": fen shown in 万元 with two decimals, rounded half up (away from zero) at display only.
std::string format_wan(Fen fen);
// "12.35": fen shown in 亿元 with two decimals, for large totals.
std::string format_yi(Fen fen);

// R-MON-2: a rate from integers as a percentage with two decimals, rounded half up ("97.50");
// "—" when the denominator is zero (never 0% or 100%).
std::string format_rate(long long numerator, long long denominator);

// Parses a decimal written by a person ("12.5", "-3", "1,234.56") into an integer scaled by
// 10^scale, exactly. Fails (nullopt) on anything else, on more decimals than the scale allows, or
// on overflow.
std::optional<std::int64_t> parse_scaled_decimal(std::string_view text, int scale);

// Amounts typed in 万元 (up to six decimals, i.e. exact to the fen).
inline std::optional<Fen> parse_wan(std::string_view text) { return parse_scaled_decimal(text, 6); }

}  // namespace jixiao
