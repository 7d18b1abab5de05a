#include "rectify/rules.h"

#include "base/money.h"

namespace jixiao::rectify {

void count_finding(RateCounts& c, std::string_view status, std::string_view due,
                   std::string_view today) {
  const bool closed = status == "closed";
  if (closed || due <= today) ++c.due;
  if (closed) ++c.closed;
  if (status == "open" && due < today) ++c.overdue;
}

std::string rectification_rate(const RateCounts& c) { return format_rate(c.closed, c.due); }

}  // namespace jixiao::rectify
