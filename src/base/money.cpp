#include "base/money.h"

#include <limits>

namespace jixiao {
namespace {

// Rounds |fen| / unit to two decimals half up and prints it with the sign.
std::string format_in(Fen fen, Fen unit) {
  const bool negative = fen < 0;
  // Work in unsigned to survive INT64_MIN.
  unsigned long long abs =
      negative ? 0ULL - static_cast<unsigned long long>(fen) : static_cast<unsigned long long>(fen);
  const unsigned long long hundredth = static_cast<unsigned long long>(unit) / 100;
  unsigned long long cents = (abs + hundredth / 2) / hundredth;
  const unsigned long long frac = cents % 100;
  std::string out = (negative && cents != 0) ? "-" : "";
  out += std::to_string(cents / 100);
  out += '.';
  out += static_cast<char>('0' + frac / 10);
  out += static_cast<char>('0' + frac % 10);
  return out;
}

}  // namespace

std::string format_wan(Fen fen) { return format_in(fen, kFenPerWan); }
std::string format_yi(Fen fen) { return format_in(fen, kFenPerYi); }

std::optional<std::int64_t> parse_scaled_decimal(std::string_view text, int scale) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  bool negative = false;
  if (text.front() == '-' || text.front() == '+') {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
  std::int64_t value = 0;
  int decimals = -1;  // -1 until the point is seen
  bool digits = false;
  for (char c : text) {
    if (c == ',' && decimals < 0) continue;  // thousands separators as typed in spreadsheets
    if (c == '.') {
      if (decimals >= 0) return std::nullopt;
      decimals = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (decimals >= 0 && ++decimals > scale) return std::nullopt;
    if (value > (kMax - (c - '0')) / 10) return std::nullopt;
    value = value * 10 + (c - '0');
    digits = true;
  }
  if (!digits) return std::nullopt;
  for (int i = decimals < 0 ? 0 : decimals; i < scale; ++i) {
    if (value > kMax / 10) return std::nullopt;
    value *= 10;
  }
  return negative ? -value : value;
}

std::string format_rate(long long numerator, long long denominator) {
  if (denominator == 0) return "—";
  // Hundredths of a percent, half up; 128-bit because money sums times 10^4 overflow 64 bits.
  const __int128 scaled = static_cast<__int128>(numerator) * 20000 / denominator;
  const __int128 rounded = (scaled + (scaled >= 0 ? 1 : -1)) / 2;
  const bool negative = rounded < 0;
  const long long v = static_cast<long long>(negative ? -rounded : rounded);
  std::string frac = std::to_string(v % 100);
  if (frac.size() < 2) frac = "0" + frac;
  return (negative ? "-" : "") + std::to_string(v / 100) + "." + frac;
}

}  // namespace jixiao
