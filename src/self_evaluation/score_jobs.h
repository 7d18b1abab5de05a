// The server's re-scorings (score_job.h), each on a thread of its own so that the office's
// request answers at once and the round's page follows the job's progress. A job stopped by a
// shutdown goes on when the server starts again (resume), or at its next start.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "auth/model.h"
#include "db/database.h"

namespace jixiao::self_evaluation {

class ScoreJobs {
 public:
  explicit ScoreJobs(db::Database& db) : db_(db) {}
  ~ScoreJobs();  // asks every job to stop after its batch, and waits
  ScoreJobs(const ScoreJobs&) = delete;
  ScoreJobs& operator=(const ScoreJobs&) = delete;

  // Starts the round's job unless one is under way: false then. `by`: who, none for the system.
  bool start(long long round_id, const std::optional<auth::Principal>& by);
  bool running(long long round_id) const;

 private:
  struct Job {
    std::jthread thread;
    std::shared_ptr<std::atomic<bool>> done;
  };
  db::Database& db_;
  mutable std::mutex mutex_;
  std::map<long long, Job> jobs_;
};

}  // namespace jixiao::self_evaluation
