// R-RA-1 [local]: the rectification rate of a set of findings on a day.
#pragma once

#include <string>
#include <string_view>

namespace jixiao::rectify {

// The counts the rate is made of. Items due are those whose due date has come, and those closed
// before it (a closed item is done, whenever it was due); closed are the items closed.
struct RateCounts {
  long long due = 0;
  long long closed = 0;
  long long overdue = 0;  // open after the due date
};

// Adds one finding to the counts (pure; the repo sums the same in SQL).
void count_finding(RateCounts& c, std::string_view status, std::string_view due,
                   std::string_view today);

// R-RA-1: items closed ÷ items due, "—" when nothing is due (R-MON-2).
std::string rectification_rate(const RateCounts& c);

}  // namespace jixiao::rectify
