#include "self_evaluation/score_job.h"

#include <algorithm>
#include <boost/json.hpp>
#include <chrono>
#include <future>
#include <map>

#include "audit/log.h"
#include "base/clock.h"
#include "base/error.h"
#include "rules/service.h"
#include "self_evaluation/repo.h"
#include "self_evaluation/repo_bulk.h"
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

}  // namespace

ScoreResult score_round(db::Database& db, long long round_id, const ScoreOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  ScoreResult result;
  const auto find = [&](soci::session& s) {
    const auto found = repo::find_round(s, round_id);
    if (!found) throw not_found("绩效自评批次不存在");
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
  const auto settings_of = [&](long long region) -> const ScoringSettings& {
    auto it = settings.find(region);
    if (it == settings.end())  // an evaluation of a region the round did not hold at the start
      it = settings
               .emplace(region, db.read([&](soci::session& s) {
                 return scoring_settings(rules::effective_rules(s, region, r.year));
               }))
               .first;
    return it->second;
  };
  long long after = r.scoring.after_id;
  long long done = r.scoring.done;
  const auto read = [&db, &options, round_id](long long from) {
    return db.read(
        [&](soci::session& s) { return read_score_batch(s, round_id, from, options.batch); });
  };
  if (options.scan_only) {  // the baseline: the same reads, one after another, and nothing else
    for (auto batch = read(after); !batch.empty(); batch = read(after)) {
      after = batch.back().id;
      result.evaluated += static_cast<long long>(batch.size());
    }
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
  }
  // A pipeline on two connections: the next batch is read while this one is scored and written.
  std::future<std::vector<Evaluation>> next = std::async(std::launch::async, read, after);
  for (;;) {
    if (options.stop && options.stop()) break;
    const std::vector<Evaluation> batch = next.get();
    if (!batch.empty()) next = std::async(std::launch::async, read, batch.back().id);
    ScoreChanges changes = judge_scores(batch, settings_of);
    db.write([&](soci::session& s) {
      if (batch.empty()) {
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
      const auto written = repo::write_scores_bulk(s, db.dialect(), changes.rows);
      changes.counts.changed =
          static_cast<long long>(std::count(written.begin(), written.end(), 1));
      if (changes.counts.changed > 0)
        audit::append(s, db.dialect(),
                      batch_entry(options, r, batch.front().id, batch.back().id,
                                  static_cast<long long>(batch.size()), changes, written));
      repo::advance_scoring(s, round_id, batch.back().id, changes.counts);
    });
    if (batch.empty()) {
      result.finished = true;
      break;
    }
    done += static_cast<long long>(batch.size());
    result.evaluated += static_cast<long long>(batch.size());
    result.changed += changes.counts.changed;
    result.unanswered += changes.counts.unanswered;
    result.refused += changes.counts.refused;
    if (options.progress) options.progress(done, r.scoring.total);
  }
  // A stop leaves a read under way: it ends before the job returns.
  if (next.valid()) next.wait();
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return result;
}

}  // namespace jixiao::self_evaluation
