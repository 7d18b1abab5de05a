// A per-client-address limit on the public pages (no login, so no account to slow down): a
// fixed window of a minute, each address allowed so many requests in it. Thread-safe.
#pragma once

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace jixiao::disclosure {

class RateLimit {
 public:
  explicit RateLimit(long long per_minute) : per_minute_(per_minute) {}
  // 0 when the request may go on; else the seconds until the window turns (Retry-After).
  long long refuse(const std::string& client, std::chrono::steady_clock::time_point now);
  // Requests refused since the start, for /metrics.
  long long refused() const { return refused_.load(); }
  long long per_minute() const { return per_minute_; }

 private:
  const long long per_minute_;
  std::mutex mutex_;
  long long window_ = -1;  // minutes since the clock's epoch; guarded by mutex_
  std::map<std::string, long long, std::less<>> counts_;  // guarded by mutex_
  std::atomic<long long> refused_{0};
};

}  // namespace jixiao::disclosure
