#include "base/date.h"

#include <chrono>

namespace jixiao {

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  int field = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i == 4 || i == 7) {
      ++field;
      continue;
    }
    if (s[i] < '0' || s[i] > '9') return false;
    parts[field] = parts[field] * 10 + (s[i] - '0');
  }
  const std::chrono::year_month_day d{std::chrono::year{parts[0]},
                                      std::chrono::month{static_cast<unsigned>(parts[1])},
                                      std::chrono::day{static_cast<unsigned>(parts[2])}};
  return d.ok();
}

}  // namespace jixiao
