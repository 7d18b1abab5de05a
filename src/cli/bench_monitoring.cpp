#include "cli/bench_monitoring.h"

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "base/error.h"
#include "cli/sample_monitoring.h"
#include "db/query.h"
#include "monitoring/repo.h"
#include "monitoring/repo_bulk.h"
#include "monitoring/repo_totals.h"
#include "org/repo.h"

namespace jixiao::cli {

namespace {

using Rng = std::mt19937_64;

struct Monitored {
  long long target_id = 0;
  long long project_id = 0;
  Fen amount_fen = 0;
};

struct ReportRow {
  long long id = 0;
  long long target_id = 0;
};

// The feed's figures at the ends of March, April and May for the projects of the monitored
// targets with an id above `after`, at most `limit` of them. Returns the last target's id, 0 when
// none was left.
long long insert_executions(soci::session& s, db::Dialect dialect, long long year, long long office,
                            Rng& rng, long long after, int limit, long long& written) {
  // By the targets' ids: the year's targets are read in that order through an index.
  db::Query q(
      "SELECT t.id, t.project_id, p.amount_fen FROM targets t JOIN projects p ON p.id = "
      "t.project_id WHERE t.year = ");
  q.bind(year).sql(" AND t.status IN ('approved', 'adjusting') AND t.id > ").bind(after);
  q.sql(" ORDER BY t.id LIMIT ").bind(limit);
  const auto rows = db::fetch_all<Monitored>(s, q, [](soci::statement& st, Monitored& m) {
    st.exchange(soci::into(m.target_id));
    st.exchange(soci::into(m.project_id));
    st.exchange(soci::into(m.amount_fen));
  });
  if (rows.empty()) return 0;
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<monitoring::Execution> figures;
  figures.reserve(rows.size() * 3);
  for (const auto& m : rows) {
    const Pace pace = draw_pace(unit(rng));
    const long long noise = static_cast<long long>(rng() % 600) - 300;
    long long last = 0;
    for (int month = 3; month <= 5; ++month) {
      const long long bp = std::max(last, spent_share(pace, month, noise));
      last = bp;
      figures.push_back({m.project_id, month_end(year, month), m.amount_fen / 10000 * bp, "import",
                         office, "", month_end(year, month) + "T20:00:00Z"});
    }
  }
  monitoring::repo::insert_executions_bulk(s, dialect, figures);
  written += static_cast<long long>(figures.size());
  return rows.back().target_id;
}

// A report's place in June by its id: 0–3 answered and still with the unit, 4–7 submitted,
// 8–9 checked by the section, 10 accepted, 11–19 not yet filled in.
constexpr long long kSpread = 20;
bool answered(long long report_id) { return report_id % kSpread <= 10; }

// Answers for the reports of the checkpoint with an id above `after`, at most `limit`, and their
// states. Returns the last report's id, 0 when none was left.
long long answer_reports(soci::session& s, db::Dialect dialect, const monitoring::Checkpoint& c,
                         Rng& rng, long long after, int limit, long long& written) {
  db::Query rq("SELECT id, target_id FROM monitoring_reports WHERE checkpoint_id = ");
  rq.bind(c.id).sql(" AND id > ").bind(after).sql(" ORDER BY id LIMIT ").bind(limit);
  const auto reports = db::fetch_all<ReportRow>(s, rq, [](soci::statement& st, ReportRow& r) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.target_id));
  });
  if (reports.empty()) return 0;
  const long long last = reports.back().id;

  db::Query iq(
      "SELECT target_id, position, value, unit FROM target_indicators WHERE target_id IN (SELECT "
      "target_id FROM monitoring_reports WHERE checkpoint_id = ");
  iq.bind(c.id).sql(" AND id > ").bind(after).sql(" AND id <= ").bind(last);
  iq.sql(") ORDER BY target_id, position");
  std::map<long long, std::vector<IndicatorRow>> indicators;
  for (auto& row : db::fetch_all<IndicatorRow>(s, iq, bind_indicator_row))
    indicators[row.target_id].push_back(std::move(row));

  // Five months of twelve have passed by 31 May.
  constexpr long long kPercentOfYear = 41;
  std::vector<monitoring::repo::AnswerRow> answers;
  for (const auto& r : reports) {
    if (!answered(r.id)) continue;
    // Most units expect to reach every target; some doubt one of them, a few give one up.
    const auto draw = rng() % 100;
    const std::string doubt = draw < 85 ? "certain" : draw < 96 ? "possible" : "impossible";
    const auto& inds = indicators[r.target_id];
    const std::size_t doubted = inds.empty() ? 0 : rng() % inds.size();
    for (std::size_t k = 0; k < inds.size(); ++k)
      answers.push_back(
          {r.id, answer_for(inds[k], kPercentOfYear, k == doubted ? doubt : "certain")});
  }
  monitoring::repo::insert_answers_bulk(s, dialect, answers);
  written += static_cast<long long>(answers.size());

  // The states, by the ids' spread, in one statement for the batch.
  const std::string submitted = c.as_of.substr(0, 8) + "10T10:00:00Z";
  const std::string decided = c.as_of.substr(0, 8) + "12T15:00:00Z";
  db::Query u("UPDATE monitoring_reports SET status = CASE WHEN id % 20 <= 7 THEN 'submitted' ");
  u.sql("WHEN id % 20 <= 9 THEN 'checked' ELSE 'accepted' END, submitted_at = ").bind(submitted);
  u.sql(", decided_at = CASE WHEN id % 20 = 10 THEN ").bind(decided);
  u.sql(" ELSE NULL END, version = version + 1 WHERE checkpoint_id = ").bind(c.id);
  u.sql(" AND id > ").bind(after).sql(" AND id <= ").bind(last);
  u.sql(" AND id % 20 BETWEEN 4 AND 10");
  soci::statement st(s);
  u.execute(st, true);
  return last;
}

}  // namespace

BenchMonitoringResult insert_bench_monitoring(soci::session& s, db::Dialect dialect, long long year,
                                              std::uint64_t seed, int batch) {
  BenchMonitoringResult result;
  const auto province = org::repo::find_region_by_code(s, "990000");
  if (!province) throw not_found("基准省不存在");
  long long office = 0;
  s << "SELECT COALESCE(MAX(id), 0) FROM users WHERE username = 'b990000_office'",
      soci::into(office);
  Rng rng(seed ^ 0x4d4f6e6974f2ULL);

  for (long long after = 0;;) {
    after = insert_executions(s, dialect, year, office, rng, after, batch, result.executions);
    if (after == 0) break;
  }

  // PostgreSQL plans the checkpoint's opening by the tables' statistics, and tables just loaded
  // in bulk have none: opening took 7.5 s for 12,000 reports, 0.6 s once analyzed. Autovacuum
  // would analyze them within a minute or so; the load does it at once.
  if (dialect == db::Dialect::postgresql) s << "ANALYZE projects, targets, executions";

  const std::string created = std::to_string(year) + "-01-10T09:00:00Z";
  monitoring::Checkpoint may;
  may.region_id = province->id;
  may.year = year;
  may.name = "5月末监控";
  may.as_of = month_end(year, 5);
  may.due = std::to_string(year) + "-06-15";
  may.status = "planned";
  may.created_by = office;
  may.created_at = created;
  monitoring::Checkpoint august = may;
  august.name = "8月末监控";
  august.as_of = month_end(year, 8);
  august.due = std::to_string(year) + "-09-15";
  may.id = monitoring::repo::insert_checkpoint(s, may);
  monitoring::repo::insert_checkpoint(s, august);

  const std::string opened = std::to_string(year) + "-06-01T08:00:00Z";
  auto c = *monitoring::repo::find_checkpoint(s, may.id);
  c.reports = monitoring::repo::create_reports(s, c, province->path, opened);
  c.status = "open";
  c.opened_by = office;
  c.opened_at = opened;
  monitoring::repo::update_checkpoint(s, c, c.version);
  result.checkpoint_id = c.id;
  result.reports = c.reports;

  for (long long after = 0;;) {
    after = answer_reports(s, dialect, c, rng, after, batch, result.answers);
    if (after == 0) break;
  }
  // The states were set in bulk: the kept totals are counted once after.
  monitoring::repo::rebuild_totals(s, c.id);
  return result;
}

}  // namespace jixiao::cli
