#include "cli/monitor_run.h"

#include <cstdio>

#include "monitoring/repo.h"
#include "monitoring/run_job.h"
#include "org/repo.h"

namespace jixiao::cli {

int run_monitor(db::Database& db, const MonitorRunOptions& options) {
  const auto c = db.read([&](soci::session& s) {
    return monitoring::repo::find_checkpoint(s, options.checkpoint_id);
  });
  const auto region = db.read(
      [&](soci::session& s) { return org::repo::find_region_by_code(s, options.region_code); });
  if (!c || !region || region->id != c->region_id) {
    std::fprintf(stderr, "no checkpoint %lld of region %s\n", options.checkpoint_id,
                 options.region_code.c_str());
    return 2;
  }
  monitoring::RunOptions run;
  run.batch = options.batch;
  run.today = options.today;
  run.scan_only = options.scan_only;
  run.progress = [](long long done, long long total) {
    std::fprintf(stderr, "\r%s: %lld / %lld reports (%.1f%%)", "monitor run", done, total,
                 total > 0 ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 0.0);
  };
  const auto r = monitoring::run_checkpoint(db, options.checkpoint_id, run);
  std::fprintf(stderr, "\n");
  if (options.scan_only) {
    std::printf("%s %s: read %lld reports in %.2f s (%.0f reports/s), wrote nothing\n",
                c->name.c_str(), c->as_of.c_str(), r.evaluated, r.seconds,
                r.seconds > 0 ? static_cast<double>(r.evaluated) / r.seconds : 0.0);
    return 0;
  }
  const auto after = db.read([&](soci::session& s) {
    long long blue = 0, red = 0;
    s << "SELECT COALESCE(SUM(CASE WHEN colour = 'blue' THEN 1 ELSE 0 END), 0), "
         "COALESCE(SUM(CASE WHEN colour = 'red' THEN 1 ELSE 0 END), 0) FROM monitoring_reports "
         "WHERE checkpoint_id = :c",
        soci::use(options.checkpoint_id), soci::into(blue), soci::into(red);
    return std::pair{blue, red};
  });
  std::printf(
      "%s %s: evaluated %lld reports in %.2f s (%.0f reports/s), %lld changed%s; now "
      "%lld blue, %lld red\n",
      c->name.c_str(), c->as_of.c_str(), r.evaluated, r.seconds,
      r.seconds > 0 ? static_cast<double>(r.evaluated) / r.seconds : 0.0, r.changed,
      r.resumed ? " (went on from a stopped run)" : "", after.first, after.second);
  return 0;
}

}  // namespace jixiao::cli
