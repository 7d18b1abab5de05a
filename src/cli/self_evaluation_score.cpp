#include "cli/self_evaluation_score.h"

#include <cstdio>

#include "org/repo.h"
#include "self_evaluation/repo.h"
#include "self_evaluation/score_job.h"

namespace jixiao::cli {

int run_score_round(db::Database& db, const ScoreRoundOptions& options) {
  const auto round = db.read(
      [&](soci::session& s) { return self_evaluation::repo::find_round(s, options.round_id); });
  const auto region = db.read(
      [&](soci::session& s) { return org::repo::find_region_by_code(s, options.region_code); });
  if (!round || !region || region->id != round->region_id) {
    std::fprintf(stderr, "no self-evaluation round %lld of region %s\n", options.round_id,
                 options.region_code.c_str());
    return 2;
  }
  self_evaluation::ScoreOptions job;
  job.batch = options.batch;
  job.scan_only = options.scan_only;
  job.progress = [](long long done, long long total) {
    std::fprintf(stderr, "\r%s: %lld / %lld evaluations (%.1f%%)", "self-evaluation score", done,
                 total,
                 total > 0 ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 0.0);
  };
  const auto r = self_evaluation::score_round(db, options.round_id, job);
  std::fprintf(stderr, "\n");
  const double rate = r.seconds > 0 ? static_cast<double>(r.evaluated) / r.seconds : 0.0;
  if (options.scan_only) {
    std::printf("%s %lld: read %lld evaluations in %.2f s (%.0f evaluations/s), wrote nothing\n",
                round->region_name.c_str(), round->year, r.evaluated, r.seconds, rate);
    return 0;
  }
  std::printf(
      "%s %lld: scored %lld evaluations in %.2f s (%.0f evaluations/s), %lld changed%s; %lld "
      "unanswered, %lld refused by the rules, left as they were\n",
      round->region_name.c_str(), round->year, r.evaluated, r.seconds, rate, r.changed,
      r.resumed ? " (went on from a stopped job)" : "", r.unanswered, r.refused);
  return 0;
}

}  // namespace jixiao::cli
