#include "monitoring/run_job.h"

#include <boost/json.hpp>
#include <chrono>

#include "audit/log.h"
#include "base/clock.h"
#include "base/error.h"
#include "monitoring/repo.h"
#include "monitoring/run.h"
#include "rules/service.h"

namespace jixiao::monitoring {

RunResult run_checkpoint(db::Database& db, long long checkpoint_id, const RunOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  RunResult result;
  const std::string today = options.today.empty() ? now_iso().substr(0, 10) : options.today;
  Checkpoint c;
  WarningSettings settings;
  db.write([&](soci::session& s) {
    const auto found = repo::find_checkpoint(s, checkpoint_id);
    if (!found) throw not_found("监控节点不存在");
    if (found->status != "open") throw precondition("bad_status", "监控节点开启后才能运行预警");
    result.resumed = repo::begin_run(s, checkpoint_id, now_iso());
    if (!result.resumed) refresh_money(s, *found);
    c = *repo::find_checkpoint(s, checkpoint_id);
    settings = warning_settings(rules::effective_rules(s, c.region_id, c.year));
  });
  long long after = c.run_after_id;
  long long done = c.run_evaluated;
  for (;;) {
    if (options.stop && options.stop()) break;
    const auto batch = db.write([&](soci::session& s) {
      const auto b = run_batch(s, c, settings, today, after, options.batch);
      if (b.evaluated > 0) {
        repo::advance_run(s, c.id, b.last_id, b.evaluated, b.changed);
      } else {
        repo::finish_run(s, c.id, now_iso());
        auto e = options.by ? audit::entry(*options.by, "run", "checkpoint", c.id, c.region_id)
                            : audit::system_entry("run", "checkpoint", c.id, c.region_id);
        const auto ran = repo::find_checkpoint(s, c.id);
        e.after_json = boost::json::serialize(
            boost::json::object{{"evaluated", ran->run_evaluated}, {"changed", ran->run_changed}});
        audit::append(s, db.dialect(), e);
      }
      return b;
    });
    if (batch.evaluated == 0) {
      result.finished = true;
      break;
    }
    after = batch.last_id;
    done += batch.evaluated;
    result.evaluated += batch.evaluated;
    result.changed += batch.changed;
    if (options.progress) options.progress(done, c.reports);
  }
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return result;
}

}  // namespace jixiao::monitoring
