#include "monitoring/early_warning.h"

#include <map>

#include "auth/scope_sql.h"
#include "db/query.h"
#include "monitoring/evaluate.h"
#include "monitoring/pace.h"
#include "monitoring/repo_bulk.h"
#include "monitoring/warnings.h"

namespace jixiao::monitoring {

namespace {

struct Monitored {
  long long project_id = 0;
  long long region_id = 0;
  long long department_id = 0;
  long long unit_id = 0;
  Fen budget_fen = 0;
};

struct Point {
  long long project_id = 0;
  SpendingPoint point;
};

constexpr auth::ScopeColumns kScopeColumns{"w.region_id", "w.department_id", "w.unit_id"};

void append_filter(db::Query& q, const EarlyWarningFilter& f, const auth::DataScope& scope) {
  q.sql(" WHERE w.checkpoint_id = ").bind(f.checkpoint_id).sql(" AND ");
  auth::append_scope(q, scope, kScopeColumns);
  if (f.colour) q.sql(" AND w.colour = ").bind(*f.colour);
}

}  // namespace

ForecastResult forecast_checkpoint(soci::session& s, db::Dialect dialect, const Checkpoint& c,
                                   const std::string& region_path, const WarningSettings& settings,
                                   const std::string& today, int batch) {
  ForecastResult out;
  s << "DELETE FROM early_warnings WHERE checkpoint_id = :c", soci::use(c.id);
  for (long long after = 0;;) {
    // The projects the checkpoint will monitor (repo::create_reports' condition), by id.
    db::Query q(
        "SELECT p.id, p.region_id, p.department_id, p.unit_id, p.amount_fen FROM targets t JOIN "
        "projects p ON p.id = t.project_id WHERE t.year = ");
    q.bind(c.year).sql(
        " AND t.status IN ('approved', 'adjusting') AND p.status IN "
        "('approved', 'executing', 'completed') AND p.id > ");
    q.bind(after).sql(" AND t.region_id IN (");
    auth::append_regions_under(q, region_path);
    q.sql(") ORDER BY p.id LIMIT ").bind(batch);
    const auto projects = db::fetch_all<Monitored>(s, q, [](soci::statement& st, Monitored& m) {
      st.exchange(soci::into(m.project_id));
      st.exchange(soci::into(m.region_id));
      st.exchange(soci::into(m.department_id));
      st.exchange(soci::into(m.unit_id));
      st.exchange(soci::into(m.budget_fen));
    });
    if (projects.empty()) break;
    const long long last = projects.back().project_id;
    std::map<long long, std::vector<SpendingPoint>> series;
    db::Query sq("SELECT project_id, as_of, executed_fen FROM executions WHERE project_id > ");
    sq.bind(after).sql(" AND project_id <= ").bind(last).sql(" AND as_of <= ").bind(today);
    sq.sql(" AND as_of >= ").bind(std::to_string(c.year) + "-01-01");
    sq.sql(" ORDER BY project_id, as_of");
    for (auto& p : db::fetch_all<Point>(s, sq, [](soci::statement&st, Point&p) {
           st.exchange(soci::into(p.project_id));
           st.exchange(soci::into(p.point.date));
           st.exchange(soci::into(p.point.executed_fen));
         }))
      series[p.project_id].push_back(std::move(p.point));
    // The batch's warned projects in one statement (COPY on PostgreSQL).
    std::vector<EarlyWarning> warned;
    for (const auto& m : projects) {
      const auto& points = series[m.project_id];
      ProjectProgress now;
      now.year = c.year;
      now.as_of = today;
      now.budget_fen = m.budget_fen;
      now.executed_fen = points.empty() ? 0 : std::min(points.back().executed_fen, m.budget_fen);
      const auto ahead = projected_progress(now, points, c.as_of);
      const auto e = evaluate(settings, ahead);
      ++out.projects;
      if (e.colour == "none") continue;
      (e.colour == "red" ? out.red : out.blue) += 1;
      EarlyWarning w;
      w.checkpoint_id = c.id;
      w.project_id = m.project_id;
      w.region_id = m.region_id;
      w.department_id = m.department_id;
      w.unit_id = m.unit_id;
      w.budget_fen = m.budget_fen;
      w.executed_fen = now.executed_fen;
      w.projected_fen = ahead.executed_fen;
      w.colour = e.colour;
      w.fired = boost::json::serialize(evaluation_json(e).at("fired"));
      w.computed_on = today;
      warned.push_back(std::move(w));
    }
    repo::insert_early_warnings_bulk(s, dialect, warned);
    after = last;
  }
  return out;
}

std::vector<EarlyWarning> early_warnings(soci::session& s, const EarlyWarningFilter& f,
                                         const auth::DataScope& scope) {
  db::Query q(
      "SELECT w.checkpoint_id, w.project_id, w.region_id, w.department_id, w.unit_id, "
      "w.budget_fen, w.executed_fen, w.projected_fen, w.colour, w.fired, w.computed_on, p.code, "
      "p.name, u.name FROM early_warnings w JOIN projects p ON p.id = w.project_id JOIN units u "
      "ON u.id = w.unit_id");
  append_filter(q, f, scope);
  if (f.after_project_id) q.sql(" AND w.project_id > ").bind(f.after_project_id);
  q.sql(" ORDER BY w.project_id").page(f.limit, f.after_project_id ? 0 : f.offset);
  return db::fetch_all<EarlyWarning>(s, q, [](soci::statement& st, EarlyWarning& w) {
    st.exchange(soci::into(w.checkpoint_id));
    st.exchange(soci::into(w.project_id));
    st.exchange(soci::into(w.region_id));
    st.exchange(soci::into(w.department_id));
    st.exchange(soci::into(w.unit_id));
    st.exchange(soci::into(w.budget_fen));
    st.exchange(soci::into(w.executed_fen));
    st.exchange(soci::into(w.projected_fen));
    st.exchange(soci::into(w.colour));
    st.exchange(soci::into(w.fired));
    st.exchange(soci::into(w.computed_on));
    st.exchange(soci::into(w.code));
    st.exchange(soci::into(w.name));
    st.exchange(soci::into(w.unit_name));
  });
}

long long count_early_warnings(soci::session& s, const EarlyWarningFilter& f,
                               const auth::DataScope& scope) {
  db::Query q("SELECT COUNT(*) FROM early_warnings w");
  append_filter(q, f, scope);
  return q.scalar(s);
}

std::vector<EarlyWarningCount> planned_early_warnings(soci::session& s, long long year,
                                                      const auth::DataScope& scope) {
  // Once a checkpoint opens, its measured colours take over from the forecast.
  db::Query q(
      "SELECT c.id, c.name, COUNT(*) FROM early_warnings w JOIN checkpoints c ON c.id = "
      "w.checkpoint_id WHERE c.status = 'planned' AND c.year = ");
  q.bind(year).sql(" AND ");
  auth::append_scope(q, scope, kScopeColumns);
  q.sql(" GROUP BY c.id, c.name, c.as_of ORDER BY c.as_of, c.id");
  return db::fetch_all<EarlyWarningCount>(s, q, [](soci::statement& st, EarlyWarningCount& c) {
    st.exchange(soci::into(c.checkpoint_id));
    st.exchange(soci::into(c.checkpoint_name));
    st.exchange(soci::into(c.count));
  });
}

}  // namespace jixiao::monitoring
