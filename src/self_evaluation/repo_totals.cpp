#include "self_evaluation/repo_totals.h"

#include <algorithm>
#include <tuple>

#include "auth/scope_sql.h"
#include "db/query.h"

namespace jixiao::self_evaluation::repo {

namespace {

constexpr const char* kKey = "e.year, e.region_id, e.department_id, e.kind, e.status, e.grade";
constexpr const char* kColumns =
    "INSERT INTO self_evaluation_totals (year, region_id, department_id, kind, status, grade, "
    "evaluations, budget_fen, executed_fen, sampled, sampled_fen, reviewed, reviewed_fen, "
    "inflated) ";
constexpr const char* kAddUp =
    " ON CONFLICT (year, region_id, department_id, kind, status, grade) DO UPDATE SET "
    "evaluations = self_evaluation_totals.evaluations + excluded.evaluations, budget_fen = "
    "self_evaluation_totals.budget_fen + excluded.budget_fen, executed_fen = "
    "self_evaluation_totals.executed_fen + excluded.executed_fen, sampled = "
    "self_evaluation_totals.sampled + excluded.sampled, sampled_fen = "
    "self_evaluation_totals.sampled_fen + excluded.sampled_fen, reviewed = "
    "self_evaluation_totals.reviewed + excluded.reviewed, reviewed_fen = "
    "self_evaluation_totals.reviewed_fen + excluded.reviewed_fen, inflated = "
    "self_evaluation_totals.inflated + excluded.inflated";
// An evaluation's measures with its sample x (none when not sampled), summed over a group.
constexpr const char* kMeasures[] = {
    "COUNT(*)",
    "SUM(e.budget_fen)",
    "SUM(e.executed_fen)",
    "SUM(CASE WHEN x.id IS NULL THEN 0 ELSE 1 END)",
    "SUM(CASE WHEN x.id IS NULL THEN 0 ELSE e.budget_fen END)",
    "SUM(CASE WHEN x.status = 'reviewed' THEN 1 ELSE 0 END)",
    "SUM(CASE WHEN x.status = 'reviewed' THEN e.budget_fen ELSE 0 END)",
    "SUM(CASE WHEN x.status = 'reviewed' AND x.inflated = 1 THEN 1 ELSE 0 END)"};
constexpr std::size_t kSampleMeasures = 3;  // the measures from kMeasures[3] on are the sample's
constexpr const char* kFromRows =
    " FROM self_evaluations e LEFT JOIN self_evaluation_review_samples x ON x.evaluation_id = "
    "e.id";

// Cells in key order, sorted here so that kept and counted compare equal.
std::vector<TotalsRow> read_rows(soci::session& s, db::Query& q) {
  auto rows = db::fetch_all<TotalsRow>(s, q, [](soci::statement& st, TotalsRow& r) {
    st.exchange(soci::into(r.region_id));
    st.exchange(soci::into(r.department_id));
    st.exchange(soci::into(r.kind));
    st.exchange(soci::into(r.status));
    st.exchange(soci::into(r.grade));
    st.exchange(soci::into(r.evaluations));
    st.exchange(soci::into(r.budget_fen));
    st.exchange(soci::into(r.executed_fen));
    st.exchange(soci::into(r.sampled));
    st.exchange(soci::into(r.sampled_fen));
    st.exchange(soci::into(r.reviewed));
    st.exchange(soci::into(r.reviewed_fen));
    st.exchange(soci::into(r.inflated));
  });
  std::ranges::sort(rows, {}, [](const TotalsRow& r) {
    return std::tie(r.region_id, r.department_id, r.kind, r.status, r.grade);
  });
  return rows;
}

}  // namespace

void append_department(db::Query& q, long long departments_of_region, const char* region_col,
                       const char* department_col) {
  if (departments_of_region == 0) {
    q.sql(department_col);
    return;
  }
  q.sql("CASE WHEN ").sql(region_col).sql(" = ").bind(departments_of_region);
  q.sql(" THEN ").sql(department_col).sql(" ELSE 0 END");
}

void add_to_totals(soci::session& s, const std::string& where, long long value, long long sign,
                   bool samples) {
  db::Query q(std::string(kColumns) + "SELECT " + kKey);
  for (std::size_t k = 0; k < std::size(kMeasures); ++k) {
    if (!samples && k >= kSampleMeasures) {
      q.sql(", 0");
      continue;
    }
    q.sql(", CAST(").bind(sign).sql(" AS BIGINT) * CAST(").sql(kMeasures[k]).sql(" AS BIGINT)");
  }
  q.sql(kFromRows);
  // The placeholder of `where` is this module's own; it is bound here, after the signs.
  const auto at = where.find(":w");
  q.sql(" WHERE (").sql(where.substr(0, at)).bind(value).sql(where.substr(at + 2));
  q.sql(") GROUP BY ").sql(kKey).sql(kAddUp);
  soci::statement st(s);
  q.execute(st, true);
}

void add_evaluation_to_totals(soci::session& s, long long evaluation_id, long long sign) {
  add_to_totals(s, "e.id = :w", evaluation_id, sign);
}

void add_plan_samples_to_totals(soci::session& s, long long plan_id) {
  constexpr const char* kSampled =
      "e.id IN (SELECT evaluation_id FROM self_evaluation_review_samples WHERE plan_id = :w)";
  add_to_totals(s, kSampled, plan_id, -1, false);
  add_to_totals(s, kSampled, plan_id, 1);
}

void rebuild_totals(soci::session& s, long long year) {
  s << "DELETE FROM self_evaluation_totals WHERE year = :y", soci::use(year);
  add_to_totals(s, "e.year = :w", year, 1);
}

std::vector<TotalsRow> totals(soci::session& s, long long year, const auth::DataScope& scope,
                              long long departments_of_region) {
  if (scope.kind == auth::DataScope::Kind::unit)
    return recount(s, year, scope, departments_of_region);
  db::Query q("SELECT t.region_id, ");
  append_department(q, departments_of_region, "t.region_id", "t.department_id");
  q.sql(
      ", t.kind, t.status, t.grade, CAST(SUM(t.evaluations) AS BIGINT), CAST(SUM(t.budget_fen) "
      "AS BIGINT), CAST(SUM(t.executed_fen) AS BIGINT), CAST(SUM(t.sampled) AS BIGINT), "
      "CAST(SUM(t.sampled_fen) AS BIGINT), CAST(SUM(t.reviewed) AS BIGINT), "
      "CAST(SUM(t.reviewed_fen) AS BIGINT), CAST(SUM(t.inflated) AS BIGINT) FROM "
      "self_evaluation_totals t WHERE t.year = ");
  q.bind(year).sql(" AND ");
  auth::append_scope(q, scope, {"t.region_id", "t.department_id", "NULL"});
  q.sql(" GROUP BY 1, 2, 3, 4, 5 HAVING SUM(t.evaluations) <> 0");
  return read_rows(s, q);
}

std::vector<TotalsRow> recount(soci::session& s, long long year, const auth::DataScope& scope,
                               long long departments_of_region) {
  db::Query q("SELECT e.region_id, ");
  append_department(q, departments_of_region, "e.region_id", "e.department_id");
  q.sql(", e.kind, e.status, e.grade");
  for (const char* m : kMeasures) q.sql(", CAST(").sql(m).sql(" AS BIGINT)");
  q.sql(kFromRows).sql(" WHERE e.year = ").bind(year).sql(" AND ");
  auth::append_scope(q, scope, {"e.region_id", "e.department_id", "e.unit_id"});
  q.sql(" GROUP BY 1, 2, 3, 4, 5");
  return read_rows(s, q);
}

}  // namespace jixiao::self_evaluation::repo
