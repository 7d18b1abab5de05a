#include "disclosure/rate_limit.h"

namespace jixiao::disclosure {

long long RateLimit::refuse(const std::string& client, std::chrono::steady_clock::time_point now) {
  using namespace std::chrono;
  const long long seconds = duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
  const long long window = seconds / 60;
  std::lock_guard lock(mutex_);
  // A new window forgets every address: the map holds one minute's callers at most.
  if (window != window_) {
    window_ = window;
    counts_.clear();
  }
  if (++counts_[client] <= per_minute_) return 0;
  refused_.fetch_add(1);
  return 60 - seconds % 60;
}

}  // namespace jixiao::disclosure
