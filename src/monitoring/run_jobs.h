// The server's warning runs (run_job.h), each on a thread of its own so that the office's request
// answers at once and the page follows the run's place in the checkpoint. A run stopped by a
// shutdown goes on at its next start.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "auth/model.h"
#include "db/database.h"

namespace jixiao::monitoring {

class RunJobs {
 public:
  explicit RunJobs(db::Database& db) : db_(db) {}
  ~RunJobs();  // asks every run to stop after its batch, and waits
  RunJobs(const RunJobs&) = delete;
  RunJobs& operator=(const RunJobs&) = delete;

  // Starts the checkpoint's run unless one is under way: false then.
  bool start(long long checkpoint_id, const auth::Principal& by);
  bool running(long long checkpoint_id) const;

 private:
  struct Job {
    std::jthread thread;
    std::shared_ptr<std::atomic<bool>> done;
  };
  db::Database& db_;
  mutable std::mutex mutex_;
  std::map<long long, Job> jobs_;
};

}  // namespace jixiao::monitoring
