#include "base/date.h"

#include <cstdio>

namespace jixiao {

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  int field = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i == 4 || i == 7) {
      ++field;
      continue;
    }
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    parts[field] = parts[field] * 10 + (s[i] - '0');
  }
  const std::chrono::year_month_day d{std::chrono::year{parts[0]},
                                      std::chrono::month{static_cast<unsigned>(parts[1])},
                                      std::chrono::day{static_cast<unsigned>(parts[2])}};
  if (!d.ok()) return std::nullopt;
  return d;
}

std::string iso_date(std::chrono::year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

}  // namespace jixiao
