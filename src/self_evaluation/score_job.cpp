#include "self_evaluation/score_job.h"

#include <algorithm>
#include <boost/json.hpp>
#include <chrono>
#include <future>
#include <map>
#include <mutex>
#include <shared_mutex>

#include "audit/log.h"
#include "base/clock.h"
#include "base/error.h"
#include "rules/service.h"
#include "self_evaluation/repo.h"
#include "self_evaluation/repo_bulk.h"
#include "self_evaluation/repo_totals.h"
#include "self_evaluation/score_batch.h"
#include "self_evaluation/settings.h"

namespace jixiao::self_evaluation {

namespace {

audit::Entry entry_of(const ScoreOptions& options, const char* action, const Round& r) {
  return options.by ? audit::entry(*options.by, action, "self_evaluation_round", r.id, r.region_id)
                    : audit::system_entry(action, "self_evaluation_round", r.id, r.region_id);
}

// One record per batch that changed scores: which evaluations, their totals and grades before
// and after (the evaluations' own answers did not change).
audit::Entry batch_entry(const ScoreOptions& options, const Round& r, long long first_id,
                         long long last_id, long long evaluated, const ScoreChanges& changes,
                         const std::vector<char>& written) {
  boost::json::array list;
  for (std::size_t k = 0; k < changes.rows.size(); ++k) {
    if (!written[k]) continue;
    const auto& e = changes.rows[k];
    list.push_back(
        {{"id", e.id},
         {"computed_total", boost::json::array{changes.total_before[k], e.computed_total}},
         {"grade", boost::json::array{changes.grade_before[k], e.grade}}});
  }
  auto e = entry_of(options, "score_batch", r);
  e.after_json = boost::json::serialize(boost::json::object{{"year", r.year},
                                                            {"first_id", first_id},
                                                            {"last_id", last_id},
                                                            {"evaluated", evaluated},
                                                            {"changed", std::move(list)}});
  return e;
}

constexpr long long kBatchesPerLog = 4;

// A batch read and scored, ready to write.
struct Judged {
  long long first_id = 0, last_id = 0, size = 0;
  ScoreChanges changes;
};

}  // namespace

ScoreResult score_round(db::Database& db, long long round_id, const ScoreOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  ScoreResult result;
  const auto find = [&](soci::session& s) {
    const auto found = repo::find_round(s, round_id);
    if (!found) throw not_found("该年度绩效自评不存在");
    return *found;
  };
  Round r;
  std::map<long long, ScoringSettings> settings;  // by region: the rules as they now stand
  if (options.scan_only) {
    r = db.read(find);
    r.scoring.after_id = r.scoring.done = 0;
  } else {
    db.write([&](soci::session& s) {
      find(s);
      result.resumed =
          repo::begin_scoring(s, round_id, options.by ? options.by->user_id : 0, now_iso());
      r = find(s);
      for (const long long region : repo::round_regions(s, round_id))
        settings[region] = scoring_settings(rules::effective_rules(s, region, r.year));
    });
  }
  long long after = r.scoring.after_id;
  long long done = r.scoring.done;
  if (options.scan_only) {  // the baseline: the same reads, one after another, and nothing else
    const auto read = [&](long long from) {
      return db.read(
          [&](soci::session& s) { return read_score_batch(s, round_id, from, options.batch); });
    };
    for (auto batch = read(after); !batch.empty(); batch = read(after)) {
      after = batch.back().id;
      result.evaluated += static_cast<long long>(batch.size());
    }
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
  }
  // A pipeline of three: while a batch is written, the next is scored and the one after read (on
  // a second connection), so that the job costs little more than its slowest part. The settings
  // of a region the round did not hold when the job began are read with the batch that meets it.
  std::mutex settings_mutex;
  const auto settings_of = [&](long long region) -> const ScoringSettings& {
    std::lock_guard lock(settings_mutex);
    return settings.at(region);  // std::map: a reference outlives later insertions
  };
  // The job's own reads pause while the writer restarts SQLite's log (Database::restart_log):
  // every few batches, so that the log stays a few batches long.
  std::shared_mutex log_gate;
  const auto read = [&](long long from) {
    std::shared_lock gate(log_gate);
    return db.read([&](soci::session& s) {
      auto batch = read_score_batch(s, round_id, from, options.batch);
      for (const auto& e : batch) {
        {
          std::lock_guard lock(settings_mutex);
          if (settings.contains(e.region_id)) continue;
        }
        auto st = scoring_settings(rules::effective_rules(s, e.region_id, r.year));
        std::lock_guard lock(settings_mutex);
        settings.emplace(e.region_id, std::move(st));
      }
      return batch;
    });
  };
  std::future<std::vector<Evaluation>> reading = std::async(std::launch::async, read, after);
  // Takes the batch read, starts reading the next one, and scores this one; frees the batch
  // written before, off the writing thread.
  const auto judge_next = [&](Judged written) {
    return std::async(std::launch::async, [&, written = std::move(written)]() mutable {
      written = {};
      Judged out;
      auto batch = reading.get();
      if (batch.empty()) return out;
      out.first_id = batch.front().id;
      out.last_id = batch.back().id;
      out.size = static_cast<long long>(batch.size());
      reading = std::async(std::launch::async, read, out.last_id);
      out.changes = judge_scores(std::move(batch), settings_of);
      return out;
    });
  };
  std::future<Judged> next = judge_next({});
  Judged written;
  long long batches = 0;
  for (;;) {
    if (options.stop && options.stop()) break;
    Judged batch = next.get();
    if (batch.size > 0) next = judge_next(std::move(written));
    auto& changes = batch.changes;
    db.write([&](soci::session& s) {
      if (batch.size == 0) {
        repo::finish_scoring(s, round_id, now_iso());
        const auto ran = find(s).scoring;
        auto e = entry_of(options, "score", r);
        e.after_json = boost::json::serialize(boost::json::object{{"year", r.year},
                                                                  {"evaluated", ran.done},
                                                                  {"changed", ran.changed},
                                                                  {"unanswered", ran.unanswered},
                                                                  {"refused", ran.refused}});
        audit::append(s, db.dialect(), e);
        return;
      }
      const auto written = repo::write_scores_bulk(s, db.dialect(), changes.rows, changes.packed);
      repo::move_grades(s, changes.rows, changes.grade_before, written);
      changes.counts.changed =
          static_cast<long long>(std::count(written.begin(), written.end(), 1));
      if (changes.counts.changed > 0)
        audit::append(
            s, db.dialect(),
            batch_entry(options, r, batch.first_id, batch.last_id, batch.size, changes, written));
      repo::advance_scoring(s, round_id, batch.last_id, changes.counts);
    });
    if (batch.size == 0) {
      result.finished = true;
      break;
    }
    if (db.dialect() == db::Dialect::sqlite && ++batches % kBatchesPerLog == 0) {
      std::unique_lock gate(log_gate);
      db.restart_log();
    }
    done += batch.size;
    result.evaluated += batch.size;
    result.changed += changes.counts.changed;
    result.unanswered += changes.counts.unanswered;
    result.refused += changes.counts.refused;
    if (options.progress) options.progress(done, r.scoring.total);
    written = std::move(batch);
  }
  // A stop leaves a batch under way: it ends before the job returns.
  if (next.valid()) next.wait();
  if (reading.valid()) reading.wait();
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return result;
}

}  // namespace jixiao::self_evaluation
