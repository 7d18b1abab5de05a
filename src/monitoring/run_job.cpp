#include "monitoring/run_job.h"

#include <boost/json.hpp>
#include <chrono>
#include <future>

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
  const auto open_checkpoint = [&](soci::session& s) {
    const auto found = repo::find_checkpoint(s, checkpoint_id);
    if (!found) throw not_found("监控节点不存在");
    if (found->status != "open") throw precondition("bad_status", "监控节点开启后才能运行预警");
    return *found;
  };
  if (options.scan_only) {
    c = db.read(open_checkpoint);
    c.run_after_id = c.run_evaluated = 0;
  } else {
    db.write([&](soci::session& s) {
      const auto found = open_checkpoint(s);
      result.resumed = repo::begin_run(s, checkpoint_id, now_iso());
      if (!result.resumed) refresh_money(s, found);
      c = *repo::find_checkpoint(s, checkpoint_id);
      settings = warning_settings(rules::effective_rules(s, c.region_id, c.year));
    });
  }
  long long after = c.run_after_id;
  long long done = c.run_evaluated;
  const auto read = [&](long long from) {
    return db.read([&](soci::session& s) { return read_batch(s, c, from, options.batch); });
  };
  if (options.scan_only) {  // the baseline: the same reads, one after another, and nothing else
    for (BatchRows batch = read(after); !batch.reports.empty(); batch = read(after)) {
      after = batch.last_id();
      result.evaluated += static_cast<long long>(batch.reports.size());
    }
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
  }
  // A pipeline on two connections: the next batch is read while this one is judged and written,
  // so the run costs little more than reading. A report saved between its read and the write
  // keeps the colour its save gave it (write_changes compares versions).
  std::future<BatchRows> next = std::async(std::launch::async, read, after);
  for (;;) {
    if (options.stop && options.stop()) break;
    BatchRows batch = next.get();
    if (!batch.reports.empty()) next = std::async(std::launch::async, read, batch.last_id());
    Changes changes = changes_of(batch, c, settings, today);
    const long long changed = db.write([&](soci::session& s) {
      if (!batch.reports.empty()) {
        const long long written = write_changes(s, db.dialect(), c.id, changes);
        repo::advance_run(s, c.id, batch.last_id(), static_cast<long long>(batch.reports.size()),
                          written);
        return written;
      }
      repo::finish_run(s, c.id, now_iso());
      auto e = options.by ? audit::entry(*options.by, "run", "checkpoint", c.id, c.region_id)
                          : audit::system_entry("run", "checkpoint", c.id, c.region_id);
      const auto ran = repo::find_checkpoint(s, c.id);
      e.after_json = boost::json::serialize(
          boost::json::object{{"evaluated", ran->run_evaluated}, {"changed", ran->run_changed}});
      audit::append(s, db.dialect(), e);
      return 0LL;
    });
    if (batch.reports.empty()) {
      result.finished = true;
      break;
    }
    done += static_cast<long long>(batch.reports.size());
    result.evaluated += static_cast<long long>(batch.reports.size());
    result.changed += changed;
    if (options.progress) options.progress(done, c.reports);
  }
  // A stop leaves a read under way: it ends before the run returns.
  if (next.valid()) next.wait();
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return result;
}

}  // namespace jixiao::monitoring
