#include "self_evaluation/score_jobs.h"

#include <spdlog/spdlog.h>

#include "base/priority.h"
#include "base/thread_name.h"
#include "self_evaluation/score_job.h"

namespace jixiao::self_evaluation {

ScoreJobs::~ScoreJobs() {
  std::lock_guard lock(mutex_);
  for (auto& [id, job] : jobs_) job.thread.request_stop();
  jobs_.clear();  // each jthread joins as it goes
}

bool ScoreJobs::start(long long round_id, const std::optional<auth::Principal>& by) {
  std::lock_guard lock(mutex_);
  if (auto it = jobs_.find(round_id); it != jobs_.end()) {
    if (!*it->second.done) return false;
    jobs_.erase(it);  // a finished job's thread, joined here
  }
  auto done = std::make_shared<std::atomic<bool>>(false);
  Job job;
  job.done = done;
  job.thread = std::jthread([this, round_id, by, done](std::stop_token stop) {
    name_thread("jixiao-score");
    set_thread_nice(kBackgroundNice);  // below the requests (its helper threads inherit it)
    try {
      ScoreOptions options;
      options.by = by;
      options.stop = [&stop] { return stop.stop_requested(); };
      const auto r = score_round(db_, round_id, options);
      spdlog::info(
          "self-evaluation scoring of round {}: {} evaluations read, {} changed, {} unanswered, "
          "{} refused, {:.1f} s{}{}",
          round_id, r.evaluated, r.changed, r.unanswered, r.refused, r.seconds,
          r.resumed ? " (went on from a stopped job)" : "",
          r.finished ? "" : " (stopped; goes on at the next start)");
    } catch (const std::exception& e) {
      spdlog::error("self-evaluation scoring of round {} stopped: {}", round_id, e.what());
    }
    *done = true;
  });
  jobs_.emplace(round_id, std::move(job));
  return true;
}

bool ScoreJobs::running(long long round_id) const {
  std::lock_guard lock(mutex_);
  const auto it = jobs_.find(round_id);
  return it != jobs_.end() && !*it->second.done;
}

}  // namespace jixiao::self_evaluation
