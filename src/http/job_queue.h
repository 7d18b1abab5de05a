// Requests waiting for a thread, writes apart from reads. Under load every connection waits its
// turn, and a write (a unit submitting its report in a deadline week) waited behind hundreds of
// queued list pages; now a writers' thread takes it at once.
#pragma once

#include <cstddef>
#include <deque>
#include <mutex>

namespace jixiao::http {

template <class Job>
class JobQueue {
 public:
  // writers: the writers' threads. workers_take_writes: whether a worker may take a write while
  // every writers' thread is busy, which only a worker at their priority may: a worker below it
  // (SQLite) held the one writer's lock while the reads' threads took the cores, and the writes
  // behind it waited milliseconds for its next time slice.
  JobQueue(std::size_t writers, bool workers_take_writes)
      : writers_(writers), workers_take_writes_(workers_take_writes) {}

  void push(Job* job, bool read) {
    std::lock_guard<std::mutex> lock(mutex_);
    (read ? reads_ : writes_).push_back(job);
  }

  struct Turn {
    Job* job = nullptr;  // none: nothing for this turn (another took it already)
    bool write = false;
  };
  // A turn: a writers' thread takes the oldest queued write; a worker the oldest queued read, or
  // a write while every writers' thread is busy (workers_take_writes). A writers' thread that
  // takes a write counts as busy until writer_done().
  Turn take(bool writers_thread) {
    std::lock_guard<std::mutex> lock(mutex_);
    const bool write =
        !writes_.empty() && (writers_thread || (writers_busy_ == writers_ && workers_take_writes_));
    if (!write && writers_thread) return {};
    auto& from = write ? writes_ : reads_;
    if (from.empty()) return {};
    Turn turn{from.front(), write};
    from.pop_front();
    if (writers_thread) ++writers_busy_;
    return turn;
  }

  void writer_done() {
    std::lock_guard<std::mutex> lock(mutex_);
    --writers_busy_;
  }

 private:
  const std::size_t writers_;
  const bool workers_take_writes_;
  std::mutex mutex_;
  std::deque<Job*> writes_, reads_;  // guarded by mutex_
  std::size_t writers_busy_ = 0;     // guarded by mutex_
};

}  // namespace jixiao::http
