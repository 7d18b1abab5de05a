#include "monitoring/run_jobs.h"

#include <spdlog/spdlog.h>

#include "base/priority.h"
#include "base/thread_name.h"
#include "monitoring/run_job.h"

namespace jixiao::monitoring {

RunJobs::~RunJobs() {
  std::lock_guard lock(mutex_);
  for (auto& [id, job] : jobs_) job.thread.request_stop();
  jobs_.clear();  // each jthread joins as it goes
}

bool RunJobs::start(long long checkpoint_id, const auth::Principal& by) {
  std::lock_guard lock(mutex_);
  if (auto it = jobs_.find(checkpoint_id); it != jobs_.end()) {
    if (!*it->second.done) return false;
    jobs_.erase(it);  // a finished run's thread, joined here
  }
  auto done = std::make_shared<std::atomic<bool>>(false);
  Job job;
  job.done = done;
  job.thread = std::jthread([this, checkpoint_id, by, done](std::stop_token stop) {
    name_thread("jixiao-monitor");
    set_thread_nice(kBackgroundNice);  // below the requests (its helper threads inherit it)
    try {
      RunOptions options;
      options.by = by;
      options.stop = [&stop] { return stop.stop_requested(); };
      const auto r = run_checkpoint(db_, checkpoint_id, options);
      spdlog::info("monitoring run of checkpoint {}: {} reports evaluated, {} changed, {:.1f} s{}",
                   checkpoint_id, r.evaluated, r.changed, r.seconds,
                   r.finished ? "" : " (stopped; goes on at the next start)");
    } catch (const std::exception& e) {
      spdlog::error("monitoring run of checkpoint {} stopped: {}", checkpoint_id, e.what());
    }
    *done = true;
  });
  jobs_.emplace(checkpoint_id, std::move(job));
  return true;
}

bool RunJobs::running(long long checkpoint_id) const {
  std::lock_guard lock(mutex_);
  const auto it = jobs_.find(checkpoint_id);
  return it != jobs_.end() && !*it->second.done;
}

}  // namespace jixiao::monitoring
