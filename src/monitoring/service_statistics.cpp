// MonitoringService's statistics (监控统计): a checkpoint's figures in the caller's read scope,
// summed from the kept totals, beside the year's projects from project_totals (coverage,
// R-MON-2), the warning notices' findings (R-MO-2, R-RA-1) and the money recovered (R-MO-5).
#include <algorithm>

#include "auth/scope_sql.h"
#include "base/clock.h"
#include "base/error.h"
#include "db/query.h"
#include "monitoring/service.h"
#include "org/repo.h"

namespace jixiao::monitoring {

namespace {

// The year's projects the budget holds (as create_reports monitors them) in the checkpoint's
// region tree and the scope. project_totals keeps no units: a unit's own are counted.
void count_projects(soci::session& s, Statistics& st, const std::string& region_path,
                    const auth::DataScope& scope) {
  const bool unit = scope.kind == auth::DataScope::Kind::unit;
  db::Query q(unit ? "SELECT COUNT(*), CAST(COALESCE(SUM(p.amount_fen), 0) AS BIGINT) FROM "
                     "projects p WHERE "
                   : "SELECT CAST(COALESCE(SUM(p.projects), 0) AS BIGINT), "
                     "CAST(COALESCE(SUM(p.amount_fen), 0) AS BIGINT) FROM project_totals p WHERE ");
  auth::append_scope(q, scope, {"p.region_id", "p.department_id", unit ? "p.unit_id" : "NULL"});
  q.sql(" AND p.year = ").bind(st.year);
  q.sql(" AND p.status IN ('approved', 'executing', 'completed') AND p.region_id IN (");
  auth::append_regions_under(q, region_path);
  q.sql(")");
  soci::statement stmt(s);
  stmt.exchange(soci::into(st.projects));
  stmt.exchange(soci::into(st.projects_fen));
  q.execute(stmt, true);
}

// The findings of the checkpoint's warning notices in the scope, by answer date and due date.
void count_notices(soci::session& s, Statistics& st, const auth::DataScope& scope) {
  db::Query q(
      "SELECT CASE WHEN f.answered_at IS NULL THEN '' ELSE SUBSTR(f.answered_at, 1, 10) END, "
      "f.due, COUNT(*) FROM findings f WHERE ");
  auth::append_scope(q, scope, {"f.region_id", "f.department_id", "f.unit_id"});
  // The source compared as an expression so that SQLite walks the notices' findings by document
  // (findings_document) rather than every warning finding of every year by source.
  q.sql(
      " AND f.source || '' = 'monitoring_warning' AND f.document_id IN (SELECT d.id FROM "
      "official_documents d WHERE d.subject = 'checkpoint' AND d.subject_id = ");
  q.bind(st.checkpoint->id).sql(" AND d.kind = 'warning_notice') GROUP BY 1, 2");
  std::string answered, due;
  long long n = 0;
  soci::statement stmt(s);
  stmt.exchange(soci::into(answered));
  stmt.exchange(soci::into(due));
  stmt.exchange(soci::into(n));
  q.execute(stmt);
  while (stmt.fetch()) count_notice(st.notices, answered, due, st.today, n);
}

// Money recovered at the checkpoint (R-MO-5), by department, most first.
void sum_recovered(soci::session& s, Statistics& st, const auth::DataScope& scope) {
  db::Query q(
      "SELECT o.department_id, d.name, COUNT(*), CAST(SUM(o.recovered_fen) AS BIGINT) FROM "
      "monitoring_outcomes o JOIN units d ON d.id = o.department_id WHERE ");
  auth::append_scope(q, scope, {"o.region_id", "o.department_id", "o.unit_id"});
  q.sql(" AND o.year = ").bind(st.year).sql(" AND o.checkpoint_id = ").bind(st.checkpoint->id);
  q.sql(" AND o.kind = 'recover' GROUP BY o.department_id, d.name");
  st.recovered_by_department =
      db::fetch_all<RecoveredRow>(s, q, [](soci::statement& stmt, RecoveredRow& r) {
        stmt.exchange(soci::into(r.department_id));
        stmt.exchange(soci::into(r.department_name));
        stmt.exchange(soci::into(r.recoveries));
        stmt.exchange(soci::into(r.recovered_fen));
      });
  std::ranges::sort(st.recovered_by_department, [](const RecoveredRow& a, const RecoveredRow& b) {
    return a.recovered_fen != b.recovered_fen ? a.recovered_fen > b.recovered_fen
                                              : a.department_id < b.department_id;
  });
  for (const auto& r : st.recovered_by_department) {
    st.recoveries += r.recoveries;
    st.recovered_fen += r.recovered_fen;
  }
}

}  // namespace

Statistics MonitoringService::statistics(const auth::Principal& me, long long year,
                                         std::optional<long long> checkpoint_id) {
  Statistics st;
  st.year = year;
  st.today = now_iso().substr(0, 10);
  if (checkpoint_id) {
    st.checkpoint = checkpoint(me, *checkpoint_id).first;  // 404 unless the caller sees it
    if (st.checkpoint->year != year) throw invalid("checkpoint_id", "监控节点不属于所选年度");
  } else {
    // The latest opened checkpoint that covers the caller, else the latest one below it.
    std::optional<Checkpoint> below;
    for (auto& c : checkpoints(me, year)) {
      if (c.status == "planned") continue;
      // A region's path holds the ids of the regions above it and its own: "/1/4/".
      const bool covers =
          me.region_path.find("/" + std::to_string(c.region_id) + "/") != std::string::npos;
      (covers ? st.checkpoint : below) = c;
    }
    if (!st.checkpoint) st.checkpoint = below;
  }
  if (!st.checkpoint) return st;
  return db_.read([&](soci::session& s) {
    const auto scope = auth::read_scope(me);
    sum_rows(st, repo::totals(s, st.checkpoint->id, scope));
    const auto region = org::repo::find_region(s, st.checkpoint->region_id);
    count_projects(s, st, region ? region->path : "/-", scope);
    count_notices(s, st, scope);
    sum_recovered(s, st, scope);
    return st;
  });
}

}  // namespace jixiao::monitoring
