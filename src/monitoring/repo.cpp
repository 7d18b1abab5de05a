#include "monitoring/repo.h"

#include "auth/scope_sql.h"
#include "db/query.h"
#include "monitoring/repo_totals.h"

namespace jixiao::monitoring::repo {

namespace {

constexpr const char* kMonitored = "('approved', 'adjusting')";

void bind_execution(soci::statement& st, Execution& e) {
  st.exchange(soci::into(e.project_id));
  st.exchange(soci::into(e.as_of));
  st.exchange(soci::into(e.executed_fen));
  st.exchange(soci::into(e.source));
  st.exchange(soci::into(e.entered_by));
  st.exchange(soci::into(e.entered_by_name));
  st.exchange(soci::into(e.entered_at));
}

constexpr const char* kCheckpointColumns =
    "SELECT c.id, c.region_id, g.name, g.path, c.year, c.name, c.as_of, c.due, c.status, "
    "c.reports, c.created_by, c.created_at, COALESCE(c.opened_by, 0), "
    "COALESCE(c.opened_at, ''), c.run_after_id, c.run_evaluated, c.run_changed, "
    "COALESCE(c.run_started_at, ''), COALESCE(c.run_finished_at, ''), c.version "
    "FROM checkpoints c JOIN regions g ON g.id = c.region_id";

void bind_checkpoint(soci::statement& st, Checkpoint& c) {
  st.exchange(soci::into(c.id));
  st.exchange(soci::into(c.region_id));
  st.exchange(soci::into(c.region_name));
  st.exchange(soci::into(c.region_path));
  st.exchange(soci::into(c.year));
  st.exchange(soci::into(c.name));
  st.exchange(soci::into(c.as_of));
  st.exchange(soci::into(c.due));
  st.exchange(soci::into(c.status));
  st.exchange(soci::into(c.reports));
  st.exchange(soci::into(c.created_by));
  st.exchange(soci::into(c.created_at));
  st.exchange(soci::into(c.opened_by));
  st.exchange(soci::into(c.opened_at));
  st.exchange(soci::into(c.run_after_id));
  st.exchange(soci::into(c.run_evaluated));
  st.exchange(soci::into(c.run_changed));
  st.exchange(soci::into(c.run_started_at));
  st.exchange(soci::into(c.run_finished_at));
  st.exchange(soci::into(c.version));
}

constexpr const char* kReportColumns =
    "SELECT r.id, r.checkpoint_id, r.target_id, COALESCE(r.project_id, 0), r.region_id, "
    "r.department_id, r.unit_id, r.year, r.status, r.budget_fen, r.executed_fen, "
    "r.spending_reason, r.spending_correction, r.colour, r.fired, COALESCE(r.evaluated_at, ''), "
    "r.opinion, r.version, COALESCE(r.submitted_at, ''), COALESCE(r.decided_at, ''), "
    "r.created_at, r.updated_at, t.kind, t.framework_version, COALESCE(p.code, ''), "
    "COALESCE(p.name, d.name), u.name, "
    "d.name, c.name, c.as_of, c.due FROM monitoring_reports r "
    "JOIN targets t ON t.id = r.target_id LEFT JOIN projects p ON p.id = r.project_id "
    "JOIN units u ON u.id = r.unit_id JOIN units d ON d.id = r.department_id "
    "JOIN checkpoints c ON c.id = r.checkpoint_id";

void bind_report(soci::statement& st, Report& r) {
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.checkpoint_id));
  st.exchange(soci::into(r.target_id));
  st.exchange(soci::into(r.project_id));
  st.exchange(soci::into(r.region_id));
  st.exchange(soci::into(r.department_id));
  st.exchange(soci::into(r.unit_id));
  st.exchange(soci::into(r.year));
  st.exchange(soci::into(r.status));
  st.exchange(soci::into(r.budget_fen));
  st.exchange(soci::into(r.executed_fen));
  st.exchange(soci::into(r.spending_reason));
  st.exchange(soci::into(r.spending_correction));
  st.exchange(soci::into(r.colour));
  st.exchange(soci::into(r.fired));
  st.exchange(soci::into(r.evaluated_at));
  st.exchange(soci::into(r.opinion));
  st.exchange(soci::into(r.version));
  st.exchange(soci::into(r.submitted_at));
  st.exchange(soci::into(r.decided_at));
  st.exchange(soci::into(r.created_at));
  st.exchange(soci::into(r.updated_at));
  st.exchange(soci::into(r.target_kind));
  st.exchange(soci::into(r.framework_version));
  st.exchange(soci::into(r.code));
  st.exchange(soci::into(r.name));
  st.exchange(soci::into(r.unit_name));
  st.exchange(soci::into(r.department_name));
  st.exchange(soci::into(r.checkpoint_name));
  st.exchange(soci::into(r.as_of));
  st.exchange(soci::into(r.due));
}

constexpr auth::ScopeColumns kScopeColumns{"r.region_id", "r.department_id", "r.unit_id"};

void append_filter(db::Query& q, const Filter& f, const auth::DataScope& scope) {
  q.sql(" WHERE ");
  auth::append_scope(q, scope, kScopeColumns);
  if (f.queue) {
    q.sql(" AND (1 = 0");
    for (const auto& state : f.queue->states) q.sql(" OR r.status = ").bind(state);
    for (const auto& state : f.queue->states_without_section)
      q.sql(" OR (r.status = ")
          .bind(state)
          .sql(" AND r.department_id IN (SELECT id FROM units WHERE section_id IS NULL))");
    q.sql(")");
  }
  if (f.checkpoint_id) q.sql(" AND r.checkpoint_id = ").bind(*f.checkpoint_id);
  if (f.year) q.sql(" AND r.year = ").bind(*f.year);
  if (f.status) q.sql(" AND r.status = ").bind(*f.status);
  if (f.colour) q.sql(" AND r.colour = ").bind(*f.colour);
  if (f.department_id) q.sql(" AND r.department_id = ").bind(*f.department_id);
  if (f.project_id) q.sql(" AND r.project_id = ").bind(*f.project_id);
  if (f.target_id) q.sql(" AND r.target_id = ").bind(*f.target_id);
}

}  // namespace

void put_execution(soci::session& s, const Execution& e) {
  s << "DELETE FROM executions WHERE project_id = :p AND as_of = :d", soci::use(e.project_id),
      soci::use(e.as_of);
  s << "INSERT INTO executions (project_id, as_of, executed_fen, source, entered_by, entered_at) "
       "VALUES (:p, :d, :f, :s, :b, :at)",
      soci::use(e.project_id), soci::use(e.as_of), soci::use(e.executed_fen), soci::use(e.source),
      soci::use(e.entered_by), soci::use(e.entered_at);
}

std::vector<Execution> series(soci::session& s, long long project_id) {
  db::Query q(
      "SELECT e.project_id, e.as_of, e.executed_fen, e.source, e.entered_by, "
      "COALESCE(NULLIF(u.display_name, ''), u.username), e.entered_at FROM executions e "
      "JOIN users u ON u.id = e.entered_by WHERE e.project_id = ");
  q.bind(project_id).sql(" ORDER BY e.as_of");
  return db::fetch_all<Execution>(s, q, bind_execution);
}

Fen executed_as_of(soci::session& s, long long project_id, const std::string& as_of) {
  db::Query q("SELECT COALESCE((SELECT executed_fen FROM executions WHERE project_id = ");
  q.bind(project_id).sql(" AND as_of <= ").bind(as_of).sql(" ORDER BY as_of DESC LIMIT 1), 0)");
  return q.scalar(s);
}

Fen project_amount(soci::session& s, long long project_id) {
  db::Query q("SELECT amount_fen FROM projects WHERE id = ");
  q.bind(project_id);
  return q.scalar(s);
}

std::optional<ProjectRef> project_by_code(soci::session& s, long long region_id, long long year,
                                          const std::string& code) {
  db::Query q("SELECT id, unit_id, amount_fen, status FROM projects WHERE region_id = ");
  q.bind(region_id).sql(" AND year = ").bind(year).sql(" AND code = ").bind(code);
  return db::fetch_first<ProjectRef>(s, q, [](soci::statement& st, ProjectRef& p) {
    st.exchange(soci::into(p.id));
    st.exchange(soci::into(p.unit_id));
    st.exchange(soci::into(p.amount_fen));
    st.exchange(soci::into(p.status));
  });
}

long long insert_checkpoint(soci::session& s, const Checkpoint& c) {
  long long id = 0;
  s << "INSERT INTO checkpoints (region_id, year, name, as_of, due, status, created_by, "
       "created_at) VALUES (:r, :y, :n, :a, :d, :st, :b, :at) RETURNING id",
      soci::use(c.region_id), soci::use(c.year), soci::use(c.name), soci::use(c.as_of),
      soci::use(c.due), soci::use(c.status), soci::use(c.created_by), soci::use(c.created_at),
      soci::into(id);
  return id;
}

std::optional<Checkpoint> find_checkpoint(soci::session& s, long long id) {
  db::Query q(kCheckpointColumns);
  q.sql(" WHERE c.id = ").bind(id);
  return db::fetch_first<Checkpoint>(s, q, bind_checkpoint);
}

std::vector<Checkpoint> checkpoints(soci::session& s, long long year,
                                    const std::string& region_path, bool below) {
  // The regions above a path are its prefixes: "/1/4/" lies under "/1/".
  db::Query q(kCheckpointColumns);
  q.sql(" WHERE c.year = ").bind(year).sql(" AND (").bind(region_path);
  q.sql(" LIKE g.path || '%'");
  if (below) q.sql(" OR g.path LIKE ").bind(region_path + "%");
  q.sql(") ORDER BY c.as_of, g.path, c.id");
  return db::fetch_all<Checkpoint>(s, q, bind_checkpoint);
}

bool checkpoint_overlaps(soci::session& s, const std::string& region_path, long long year,
                         const std::string& as_of) {
  db::Query q(
      "SELECT COUNT(*) FROM checkpoints c JOIN regions g ON g.id = c.region_id WHERE "
      "c.year = ");
  q.bind(year).sql(" AND c.as_of = ").bind(as_of).sql(" AND (").bind(region_path);
  q.sql(" LIKE g.path || '%' OR g.path LIKE ").bind(region_path + "%").sql(")");
  return q.scalar(s) > 0;
}

bool update_checkpoint(soci::session& s, const Checkpoint& c, long long expected_version) {
  soci::indicator opened = c.opened_at.empty() ? soci::i_null : soci::i_ok;
  return db::execute_counting(
             s,
             "UPDATE checkpoints SET name = :n, as_of = :a, due = :d, status = :st, reports = :rc, "
             "opened_by = :ob, opened_at = :oa, version = version + 1 WHERE id = :id AND "
             "version = :v",
             soci::use(c.name), soci::use(c.as_of), soci::use(c.due), soci::use(c.status),
             soci::use(c.reports), soci::use(c.opened_by, opened), soci::use(c.opened_at, opened),
             soci::use(c.id), soci::use(expected_version)) == 1;
}

bool begin_run(soci::session& s, long long id, const std::string& at) {
  const auto c = find_checkpoint(s, id);
  if (!c->run_started_at.empty() && c->run_finished_at.empty()) return true;  // goes on
  s << "UPDATE checkpoints SET run_after_id = 0, run_evaluated = 0, run_changed = 0, "
       "run_started_at = :at, run_finished_at = NULL WHERE id = :id",
      soci::use(at), soci::use(id);
  return false;
}

void advance_run(soci::session& s, long long id, long long after_id, long long evaluated,
                 long long changed) {
  s << "UPDATE checkpoints SET run_after_id = :a, run_evaluated = run_evaluated + :e, "
       "run_changed = run_changed + :c WHERE id = :id",
      soci::use(after_id), soci::use(evaluated), soci::use(changed), soci::use(id);
}

void finish_run(soci::session& s, long long id, const std::string& at) {
  s << "UPDATE checkpoints SET run_finished_at = :at WHERE id = :id", soci::use(at), soci::use(id);
}

long long create_reports(soci::session& s, const Checkpoint& c, const std::string& region_path,
                         const std::string& at) {
  // The new reports are those after the checkpoint's last: they go into the kept totals.
  db::Query last("SELECT COALESCE(MAX(id), 0) FROM monitoring_reports WHERE checkpoint_id = ");
  last.bind(c.id);
  const long long before = last.scalar(s);
  db::Query q(
      "INSERT INTO monitoring_reports (checkpoint_id, target_id, project_id, region_id, "
      "department_id, unit_id, year, status, budget_fen, executed_fen, created_at, updated_at) "
      "SELECT ");
  q.bind(c.id).sql(", t.id, t.project_id, t.region_id, t.department_id, t.unit_id, t.year, ");
  q.bind(std::string("pending")).sql(", COALESCE(p.amount_fen, t.amount_fen, 0), ");
  q.sql(
       "COALESCE((SELECT e.executed_fen FROM executions e WHERE e.project_id = t.project_id AND "
       "e.as_of <= ")
      .bind(c.as_of)
      .sql(" ORDER BY e.as_of DESC LIMIT 1), 0), ")
      .bind(at)
      .sql(", ")
      .bind(at);
  q.sql(" FROM targets t LEFT JOIN projects p ON p.id = t.project_id WHERE t.year = ").bind(c.year);
  q.sql(" AND t.status IN ").sql(kMonitored);
  // The money is monitored once the budget holds it: the project approved (批复) or beyond.
  q.sql(
      " AND (p.id IS NULL OR p.status IN ('approved', 'executing', 'completed')) AND "
      "t.region_id IN (");
  auth::append_regions_under(q, region_path);
  q.sql(") AND NOT EXISTS (SELECT 1 FROM monitoring_reports m WHERE m.checkpoint_id = ")
      .bind(c.id)
      .sql(" AND m.target_id = t.id)");
  soci::statement st(s);
  q.execute(st, true);  // with its values bound
  const long long created = st.get_affected_rows();
  if (created > 0) add_to_totals(s, c.id, "r.id > " + std::to_string(before), 1);
  return created;
}

std::optional<Report> find(soci::session& s, long long id, const auth::DataScope& scope) {
  db::Query q(kReportColumns);
  append_filter(q, Filter{}, scope);
  q.sql(" AND r.id = ").bind(id);
  return db::fetch_first<Report>(s, q, bind_report);
}

std::vector<Report> list(soci::session& s, const Filter& f, const auth::DataScope& scope) {
  db::Query q(kReportColumns);
  append_filter(q, f, scope);
  if (f.after_id) q.sql(" AND r.id > ").bind(f.after_id);
  q.sql(" ORDER BY r.id").page(f.limit, f.offset);
  return db::fetch_all<Report>(s, q, bind_report);
}

long long count(soci::session& s, const Filter& f, const auth::DataScope& scope) {
  db::Query q("SELECT COUNT(*) FROM monitoring_reports r");
  append_filter(q, f, scope);
  return q.scalar(s);
}

bool update(soci::session& s, const Report& r, long long expected_version) {
  soci::indicator evaluated = r.evaluated_at.empty() ? soci::i_null : soci::i_ok;
  soci::indicator submitted = r.submitted_at.empty() ? soci::i_null : soci::i_ok;
  soci::indicator decided = r.decided_at.empty() ? soci::i_null : soci::i_ok;
  // The kept totals lose the report as it was and gain it as it is now.
  add_report_to_totals(s, r.id, -1);
  const bool done =
      db::execute_counting(
          s,
          "UPDATE monitoring_reports SET status = :st, budget_fen = :b, executed_fen = :e, "
          "spending_reason = :sr, spending_correction = :sc, colour = :c, fired = :f, "
          "evaluated_at = :ev, opinion = :o, submitted_at = :sub, decided_at = :dec, "
          "updated_at = :up, version = version + 1 WHERE id = :id AND version = :v",
          soci::use(r.status), soci::use(r.budget_fen), soci::use(r.executed_fen),
          soci::use(r.spending_reason), soci::use(r.spending_correction), soci::use(r.colour),
          soci::use(r.fired), soci::use(r.evaluated_at, evaluated), soci::use(r.opinion),
          soci::use(r.submitted_at, submitted), soci::use(r.decided_at, decided),
          soci::use(r.updated_at), soci::use(r.id), soci::use(expected_version)) == 1;
  add_report_to_totals(s, r.id, 1);
  return done;
}

std::vector<IndicatorReport> indicators(soci::session& s, long long report_id) {
  db::Query q(
      "SELECT position, value_so_far, projected_value, likelihood, reason, correction FROM "
      "monitoring_indicators WHERE report_id = ");
  q.bind(report_id).sql(" ORDER BY position");
  return db::fetch_all<IndicatorReport>(s, q, [](soci::statement& st, IndicatorReport& i) {
    st.exchange(soci::into(i.position));
    st.exchange(soci::into(i.value_so_far));
    st.exchange(soci::into(i.projected_value));
    st.exchange(soci::into(i.likelihood));
    st.exchange(soci::into(i.reason));
    st.exchange(soci::into(i.correction));
  });
}

void replace_indicators(soci::session& s, long long report_id,
                        const std::vector<IndicatorReport>& items) {
  s << "DELETE FROM monitoring_indicators WHERE report_id = :r", soci::use(report_id);
  for (const auto& i : items)
    s << "INSERT INTO monitoring_indicators (report_id, position, value_so_far, projected_value, "
         "likelihood, reason, correction) VALUES (:r, :p, :v, :pv, :l, :rs, :c)",
        soci::use(report_id), soci::use(i.position), soci::use(i.value_so_far),
        soci::use(i.projected_value), soci::use(i.likelihood), soci::use(i.reason),
        soci::use(i.correction);
}

long long previous_report(soci::session& s, long long target_id, const std::string& as_of) {
  db::Query q(
      "SELECT COALESCE((SELECT r.id FROM monitoring_reports r JOIN checkpoints c ON c.id = "
      "r.checkpoint_id WHERE r.target_id = ");
  q.bind(target_id).sql(" AND c.as_of < ").bind(as_of);
  q.sql(
      " AND EXISTS (SELECT 1 FROM monitoring_indicators i WHERE i.report_id = r.id) ORDER BY "
      "c.as_of DESC LIMIT 1), 0)");
  return q.scalar(s);
}

long long insert_outcome(soci::session& s, const Outcome& o) {
  long long id = 0;
  soci::indicator project = o.project_id ? soci::i_ok : soci::i_null;
  s << "INSERT INTO monitoring_outcomes (report_id, checkpoint_id, project_id, region_id, "
       "department_id, unit_id, year, kind, before_fen, after_fen, recovered_fen, reason, "
       "decided_by, decided_at) VALUES (:r, :c, :p, :g, :d, :u, :y, :k, :b, :a, :rf, :why, :by, "
       ":at) RETURNING id",
      soci::use(o.report_id), soci::use(o.checkpoint_id), soci::use(o.project_id, project),
      soci::use(o.region_id), soci::use(o.department_id), soci::use(o.unit_id), soci::use(o.year),
      soci::use(o.kind), soci::use(o.before_fen), soci::use(o.after_fen),
      soci::use(o.recovered_fen), soci::use(o.reason), soci::use(o.decided_by),
      soci::use(o.decided_at), soci::into(id);
  return id;
}

std::vector<Outcome> outcomes(soci::session& s, const OutcomeFilter& f,
                              const auth::DataScope& scope) {
  db::Query q(
      "SELECT o.id, o.report_id, o.checkpoint_id, COALESCE(o.project_id, 0), o.region_id, "
      "o.department_id, o.unit_id, o.year, o.kind, o.before_fen, o.after_fen, o.recovered_fen, "
      "o.reason, o.decided_by, COALESCE(NULLIF(w.display_name, ''), w.username), o.decided_at, "
      "COALESCE(p.code, ''), COALESCE(p.name, d.name), u.name, c.name FROM monitoring_outcomes o "
      "LEFT JOIN projects p ON p.id = o.project_id JOIN units u ON u.id = o.unit_id JOIN units d "
      "ON d.id = o.department_id JOIN users w ON w.id = o.decided_by JOIN checkpoints c ON c.id = "
      "o.checkpoint_id WHERE ");
  auth::append_scope(q, scope, {"o.region_id", "o.department_id", "o.unit_id"});
  if (f.year) q.sql(" AND o.year = ").bind(*f.year);
  if (f.checkpoint_id) q.sql(" AND o.checkpoint_id = ").bind(*f.checkpoint_id);
  if (f.report_id) q.sql(" AND o.report_id = ").bind(*f.report_id);
  if (f.kind) q.sql(" AND o.kind = ").bind(*f.kind);
  if (f.after_id) q.sql(" AND o.id > ").bind(f.after_id);
  q.sql(" ORDER BY o.id").page(f.limit, 0);
  return db::fetch_all<Outcome>(s, q, [](soci::statement& st, Outcome& o) {
    st.exchange(soci::into(o.id));
    st.exchange(soci::into(o.report_id));
    st.exchange(soci::into(o.checkpoint_id));
    st.exchange(soci::into(o.project_id));
    st.exchange(soci::into(o.region_id));
    st.exchange(soci::into(o.department_id));
    st.exchange(soci::into(o.unit_id));
    st.exchange(soci::into(o.year));
    st.exchange(soci::into(o.kind));
    st.exchange(soci::into(o.before_fen));
    st.exchange(soci::into(o.after_fen));
    st.exchange(soci::into(o.recovered_fen));
    st.exchange(soci::into(o.reason));
    st.exchange(soci::into(o.decided_by));
    st.exchange(soci::into(o.decided_by_name));
    st.exchange(soci::into(o.decided_at));
    st.exchange(soci::into(o.code));
    st.exchange(soci::into(o.name));
    st.exchange(soci::into(o.unit_name));
    st.exchange(soci::into(o.checkpoint_name));
  });
}

std::vector<OutcomeTotal> outcome_totals(soci::session& s, long long year,
                                         const auth::DataScope& scope) {
  db::Query q(
      "SELECT o.region_id, g.name, o.department_id, d.name, COUNT(*), "
      "SUM(CASE WHEN o.kind = 'recover' THEN 1 ELSE 0 END), SUM(o.recovered_fen), "
      "SUM(CASE WHEN o.kind = 'adjust_budget' THEN o.after_fen - o.before_fen ELSE 0 END) FROM "
      "monitoring_outcomes o JOIN regions g ON g.id = o.region_id JOIN units d ON d.id = "
      "o.department_id WHERE o.year = ");
  q.bind(year).sql(" AND ");
  auth::append_scope(q, scope, {"o.region_id", "o.department_id", "o.unit_id"});
  q.sql(
      " GROUP BY o.region_id, g.name, o.department_id, d.name ORDER BY o.region_id, "
      "o.department_id");
  return db::fetch_all<OutcomeTotal>(s, q, [](soci::statement& st, OutcomeTotal& t) {
    st.exchange(soci::into(t.region_id));
    st.exchange(soci::into(t.region_name));
    st.exchange(soci::into(t.department_id));
    st.exchange(soci::into(t.department_name));
    st.exchange(soci::into(t.outcomes));
    st.exchange(soci::into(t.recoveries));
    st.exchange(soci::into(t.recovered_fen));
    st.exchange(soci::into(t.adjusted_fen));
  });
}

}  // namespace jixiao::monitoring::repo
