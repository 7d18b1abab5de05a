#include "monitoring/repo_totals.h"

#include <algorithm>

#include "auth/scope_sql.h"
#include "db/query.h"

namespace jixiao::monitoring::repo {

namespace {

constexpr const char* kWithProject = "CASE WHEN r.project_id IS NULL THEN 0 ELSE 1 END";
constexpr const char* kColumns =
    "INSERT INTO monitoring_totals (checkpoint_id, region_id, department_id, status, colour, "
    "with_project, reports, budget_fen, executed_fen) ";
constexpr const char* kAddUp =
    " ON CONFLICT (checkpoint_id, region_id, department_id, status, colour, with_project) DO "
    "UPDATE SET reports = monitoring_totals.reports + excluded.reports, budget_fen = "
    "monitoring_totals.budget_fen + excluded.budget_fen, executed_fen = "
    "monitoring_totals.executed_fen + excluded.executed_fen";

std::string grouped_key() {
  return std::string("r.checkpoint_id, r.region_id, r.department_id, r.status, r.colour, ") +
         kWithProject;
}

// Rows in key order, sorted here so that kept and counted compare equal.
std::vector<TotalsRow> read_rows(soci::session& s, db::Query& q) {
  auto rows = db::fetch_all<TotalsRow>(s, q, [](soci::statement& st, TotalsRow& r) {
    st.exchange(soci::into(r.region_level));
    st.exchange(soci::into(r.department_id));
    st.exchange(soci::into(r.department_name));
    st.exchange(soci::into(r.status));
    st.exchange(soci::into(r.colour));
    st.exchange(soci::into(r.with_project));
    st.exchange(soci::into(r.reports));
    st.exchange(soci::into(r.budget_fen));
    st.exchange(soci::into(r.executed_fen));
  });
  std::ranges::sort(rows, {}, [](const TotalsRow& r) {
    return std::tie(r.region_level, r.department_id, r.status, r.colour, r.with_project);
  });
  return rows;
}

constexpr const char* kReadKeys = "g.level, t.department_id, d.name, t.status, t.colour";

}  // namespace

void add_to_totals(soci::session& s, long long checkpoint_id, const std::string& where,
                   long long sign) {
  s << std::string(kColumns) + "SELECT " + grouped_key() +
           ", CAST(:s AS BIGINT) * COUNT(*), CAST(:s2 AS BIGINT) * CAST(SUM(r.budget_fen) AS "
           "BIGINT), CAST(:s3 AS BIGINT) * CAST(SUM(r.executed_fen) AS BIGINT) FROM "
           "monitoring_reports r WHERE r.checkpoint_id = :c AND (" +
           where + ") GROUP BY " + grouped_key() + kAddUp,
      soci::use(sign), soci::use(sign), soci::use(sign), soci::use(checkpoint_id);
}

void add_report_to_totals(soci::session& s, long long report_id, long long sign) {
  s << std::string(kColumns) + "SELECT " + grouped_key() +
           ", CAST(:s AS BIGINT), CAST(:s2 AS BIGINT) * r.budget_fen, CAST(:s3 AS BIGINT) * "
           "r.executed_fen FROM monitoring_reports r WHERE r.id = :id" +
           kAddUp,
      soci::use(sign), soci::use(sign), soci::use(sign), soci::use(report_id);
}

void add_deltas(soci::session& s, long long checkpoint_id,
                const std::map<TotalsKey, TotalsDelta>& deltas) {
  for (const auto& [k, d] : deltas) {
    if (d.reports == 0 && d.budget_fen == 0 && d.executed_fen == 0) continue;
    s << std::string(kColumns) + "VALUES (:c, :r, :d, :st, :co, :p, :n, :b, :e)" + kAddUp,
        soci::use(checkpoint_id), soci::use(k.region_id), soci::use(k.department_id),
        soci::use(k.status), soci::use(k.colour), soci::use(k.with_project), soci::use(d.reports),
        soci::use(d.budget_fen), soci::use(d.executed_fen);
  }
}

void rebuild_totals(soci::session& s, long long checkpoint_id) {
  s << "DELETE FROM monitoring_totals WHERE checkpoint_id = :c", soci::use(checkpoint_id);
  s << std::string(kColumns) + "SELECT " + grouped_key() +
           ", COUNT(*), SUM(r.budget_fen), SUM(r.executed_fen) FROM monitoring_reports r WHERE "
           "r.checkpoint_id = :c GROUP BY " +
           grouped_key(),
      soci::use(checkpoint_id);
}

void rebuild_year_totals(soci::session& s, long long year) {
  std::vector<long long> ids(10'000);
  s << "SELECT id FROM checkpoints WHERE year = :y ORDER BY id", soci::use(year), soci::into(ids);
  for (long long id : ids) rebuild_totals(s, id);
}

std::vector<TotalsRow> totals(soci::session& s, long long checkpoint_id,
                              const auth::DataScope& scope) {
  if (scope.kind == auth::DataScope::Kind::unit) return recount(s, checkpoint_id, scope);
  db::Query q(std::string("SELECT ") + kReadKeys +
              ", t.with_project, CAST(SUM(t.reports) AS BIGINT), CAST(SUM(t.budget_fen) AS "
              "BIGINT), CAST(SUM(t.executed_fen) AS BIGINT) FROM monitoring_totals t JOIN "
              "regions g ON g.id = t.region_id JOIN units d ON d.id = t.department_id WHERE ");
  auth::append_scope(q, scope, {"t.region_id", "t.department_id", "NULL"});
  q.sql(" AND t.checkpoint_id = ").bind(checkpoint_id);
  q.sql(" GROUP BY ").sql(kReadKeys).sql(", t.with_project HAVING SUM(t.reports) <> 0");
  return read_rows(s, q);
}

std::vector<TotalsRow> recount(soci::session& s, long long checkpoint_id,
                               const auth::DataScope& scope) {
  db::Query q(std::string("SELECT g.level, r.department_id, d.name, r.status, r.colour, ") +
              kWithProject +
              ", CAST(COUNT(*) AS BIGINT), CAST(SUM(r.budget_fen) AS BIGINT), "
              "CAST(SUM(r.executed_fen) AS BIGINT) FROM monitoring_reports r JOIN regions g ON "
              "g.id = r.region_id JOIN units d ON d.id = r.department_id WHERE ");
  auth::append_scope(q, scope, {"r.region_id", "r.department_id", "r.unit_id"});
  q.sql(" AND r.checkpoint_id = ").bind(checkpoint_id);
  q.sql(" GROUP BY g.level, r.department_id, d.name, r.status, r.colour, ").sql(kWithProject);
  return read_rows(s, q);
}

}  // namespace jixiao::monitoring::repo
