#include "monitoring/repo_bulk.h"

#include "db/pg_copy.h"

namespace jixiao::monitoring::repo {

void insert_executions_bulk(soci::session& s, db::Dialect dialect,
                            const std::vector<Execution>& rows) {
  if (rows.empty()) return;  // SOCI cannot bulk-bind empty vectors
  if (dialect == db::Dialect::postgresql) {
    db::PgCopy copy(s, "executions",
                    {"project_id", "as_of", "executed_fen", "source", "entered_by", "entered_at"});
    for (const auto& e : rows)
      copy.row(e.project_id, e.as_of, e.executed_fen, e.source, e.entered_by, e.entered_at);
    copy.finish();
    return;
  }
  const std::size_t n = rows.size();
  std::vector<long long> project(n), fen(n), by(n);
  std::vector<std::string> as_of(n), source(n), at(n);
  for (std::size_t i = 0; i < n; ++i) {
    project[i] = rows[i].project_id;
    fen[i] = rows[i].executed_fen;
    by[i] = rows[i].entered_by;
    as_of[i] = rows[i].as_of;
    source[i] = rows[i].source;
    at[i] = rows[i].entered_at;
  }
  s << "INSERT INTO executions (project_id, as_of, executed_fen, source, entered_by, entered_at) "
       "VALUES (:p, :d, :f, :s, :b, :at)",
      soci::use(project), soci::use(as_of), soci::use(fen), soci::use(source), soci::use(by),
      soci::use(at);
}

void insert_answers_bulk(soci::session& s, db::Dialect dialect,
                         const std::vector<AnswerRow>& rows) {
  if (rows.empty()) return;
  if (dialect == db::Dialect::postgresql) {
    db::PgCopy copy(s, "monitoring_indicators",
                    {"report_id", "position", "value_so_far", "projected_value", "likelihood",
                     "reason", "correction"});
    for (const auto& r : rows)
      copy.row(r.report_id, r.answer.position, r.answer.value_so_far, r.answer.projected_value,
               r.answer.likelihood, r.answer.reason, r.answer.correction);
    copy.finish();
    return;
  }
  const std::size_t n = rows.size();
  std::vector<long long> report(n), position(n);
  std::vector<std::string> value(n), projected(n), likelihood(n), reason(n), correction(n);
  for (std::size_t i = 0; i < n; ++i) {
    report[i] = rows[i].report_id;
    position[i] = rows[i].answer.position;
    value[i] = rows[i].answer.value_so_far;
    projected[i] = rows[i].answer.projected_value;
    likelihood[i] = rows[i].answer.likelihood;
    reason[i] = rows[i].answer.reason;
    correction[i] = rows[i].answer.correction;
  }
  s << "INSERT INTO monitoring_indicators (report_id, position, value_so_far, projected_value, "
       "likelihood, reason, correction) VALUES (:r, :p, :v, :pv, :l, :rs, :c)",
      soci::use(report), soci::use(position), soci::use(value), soci::use(projected),
      soci::use(likelihood), soci::use(reason), soci::use(correction);
}

void insert_early_warnings_bulk(soci::session& s, db::Dialect dialect,
                                const std::vector<EarlyWarning>& rows) {
  if (rows.empty()) return;
  if (dialect == db::Dialect::postgresql) {
    db::PgCopy copy(
        s, "early_warnings",
        {"checkpoint_id", "project_id", "region_id", "department_id", "unit_id", "budget_fen",
         "executed_fen", "projected_fen", "colour", "fired", "computed_on"});
    for (const auto& w : rows)
      copy.row(w.checkpoint_id, w.project_id, w.region_id, w.department_id, w.unit_id, w.budget_fen,
               w.executed_fen, w.projected_fen, w.colour, w.fired, w.computed_on);
    copy.finish();
    return;
  }
  const std::size_t n = rows.size();
  std::vector<long long> checkpoint(n), project(n), region(n), department(n), unit(n), budget(n),
      executed(n), projected(n);
  std::vector<std::string> colour(n), fired(n), on(n);
  for (std::size_t i = 0; i < n; ++i) {
    checkpoint[i] = rows[i].checkpoint_id;
    project[i] = rows[i].project_id;
    region[i] = rows[i].region_id;
    department[i] = rows[i].department_id;
    unit[i] = rows[i].unit_id;
    budget[i] = rows[i].budget_fen;
    executed[i] = rows[i].executed_fen;
    projected[i] = rows[i].projected_fen;
    colour[i] = rows[i].colour;
    fired[i] = rows[i].fired;
    on[i] = rows[i].computed_on;
  }
  s << "INSERT INTO early_warnings (checkpoint_id, project_id, region_id, department_id, unit_id, "
       "budget_fen, executed_fen, projected_fen, colour, fired, computed_on) VALUES "
       "(:c, :p, :r, :d, :u, :b, :e, :pr, :col, :f, :on)",
      soci::use(checkpoint), soci::use(project), soci::use(region), soci::use(department),
      soci::use(unit), soci::use(budget), soci::use(executed), soci::use(projected),
      soci::use(colour), soci::use(fired), soci::use(on);
}

}  // namespace jixiao::monitoring::repo
