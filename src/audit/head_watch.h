// The audit chain's anchor outside the database: the head (row count, last id and hash) read at
// intervals and written to the server log when it moved, and kept for /metrics. A chain cut short
// afterwards, even emptied, no longer reaches a head so recorded (`audit verify --count --head`).
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "audit/log.h"
#include "db/database.h"

namespace jixiao::audit {

class HeadWatch {
 public:
  // Reads the head at once, then every interval, on a thread of its own.
  HeadWatch(db::Database& db, std::chrono::seconds interval);
  ~HeadWatch();
  HeadWatch(const HeadWatch&) = delete;
  HeadWatch& operator=(const HeadWatch&) = delete;

  // The head as last read.
  Head last() const;
  // The head read at most max_age ago: read again when older (a /metrics scrape, throttled).
  Head recent(std::chrono::seconds max_age);
  // Reads it now (and logs it when it moved).
  void read_now();
  // Stops the thread (before the log is shut down); the destructor does it too.
  void stop();

 private:
  void run();

  db::Database& db_;
  const std::chrono::seconds interval_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  Head head_;
  std::chrono::steady_clock::time_point read_at_;
  std::thread thread_;
};

}  // namespace jixiao::audit
