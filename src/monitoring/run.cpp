#include "monitoring/run.h"

#include <functional>
#include <map>

#include "base/clock.h"
#include "db/query.h"
#include "monitoring/repo_totals.h"
#include "monitoring/report_warnings.h"

namespace jixiao::monitoring {

namespace {

struct Row {
  long long department_id = 0;
  long long region_id = 0;
  long long project_id = 0;
  long long id = 0;
  long long target_id = 0;
  std::string status;
  Fen budget_fen = 0;
  Fen executed_fen = 0;
  std::string colour;
  std::string fired;
};

struct IndicatorRow {
  long long target_id = 0;
  targets::Indicator indicator;
};

struct AnswerRow {
  long long report_id = 0;
  IndicatorReport answer;
};

}  // namespace

long long refresh_money(soci::session& s, const Checkpoint& c) {
  // The kept totals lose these reports' money as it was and gain it as it is after.
  const std::string refreshed = "r.project_id IS NOT NULL AND r.status IN ('pending', 'returned')";
  repo::add_to_totals(s, c.id, refreshed, -1);
  db::Query q(
      "UPDATE monitoring_reports SET executed_fen = COALESCE((SELECT e.executed_fen FROM "
      "executions e WHERE e.project_id = monitoring_reports.project_id AND e.as_of <= ");
  q.bind(c.as_of).sql(
      " ORDER BY e.as_of DESC LIMIT 1), 0), budget_fen = (SELECT p.amount_fen "
      "FROM projects p WHERE p.id = monitoring_reports.project_id) WHERE "
      "checkpoint_id = ");
  q.bind(c.id).sql(" AND project_id IS NOT NULL AND status IN ('pending', 'returned')");
  soci::statement st(s);
  q.execute(st, true);
  repo::add_to_totals(s, c.id, refreshed, 1);
  return st.get_affected_rows();
}

long long evaluate_batch(soci::session& s, const Checkpoint& c, const WarningSettings& settings,
                         const std::string& today, long long after_id, int limit,
                         const std::function<void(const Evaluated&)>& each) {
  long long last_id = 0;
  db::Query rq(
      "SELECT id, target_id, status, budget_fen, executed_fen, colour, fired, department_id, "
      "region_id, COALESCE(project_id, 0) FROM monitoring_reports WHERE checkpoint_id = ");
  rq.bind(c.id).sql(" AND id > ").bind(after_id).sql(" ORDER BY id LIMIT ").bind(limit);
  const auto rows = db::fetch_all<Row>(s, rq, [](soci::statement& st, Row& r) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.target_id));
    st.exchange(soci::into(r.status));
    st.exchange(soci::into(r.budget_fen));
    st.exchange(soci::into(r.executed_fen));
    st.exchange(soci::into(r.colour));
    st.exchange(soci::into(r.fired));
    st.exchange(soci::into(r.department_id));
    st.exchange(soci::into(r.region_id));
    st.exchange(soci::into(r.project_id));
  });
  if (rows.empty()) return 0;
  last_id = rows.back().id;

  // The batch's targets' indicators and its answers, two statements for the whole batch.
  // " IN (the batch's reports' <column>)".
  const auto of_batch = [&](db::Query& q, const char* column) {
    q.sql(" IN (SELECT ").sql(column).sql(" FROM monitoring_reports WHERE checkpoint_id = ");
    q.bind(c.id).sql(" AND id > ").bind(after_id).sql(" AND id <= ").bind(last_id).sql(")");
  };
  std::map<long long, std::vector<targets::Indicator>> indicators;
  {
    db::Query q(
        "SELECT target_id, category, subcategory, name, comparator, value, unit, weight, "
        "direction FROM target_indicators WHERE target_id");
    of_batch(q, "target_id");
    q.sql(" ORDER BY target_id, position");
    for (auto& r : db::fetch_all<IndicatorRow>(s, q, [](soci::statement&st, IndicatorRow&r) {
           st.exchange(soci::into(r.target_id));
           st.exchange(soci::into(r.indicator.category));
           st.exchange(soci::into(r.indicator.subcategory));
           st.exchange(soci::into(r.indicator.name));
           st.exchange(soci::into(r.indicator.comparator));
           st.exchange(soci::into(r.indicator.value));
           st.exchange(soci::into(r.indicator.unit));
           st.exchange(soci::into(r.indicator.weight));
           st.exchange(soci::into(r.indicator.direction));
         }))
      indicators[r.target_id].push_back(std::move(r.indicator));
  }
  std::map<long long, std::vector<IndicatorReport>> answers;
  {
    db::Query q(
        "SELECT report_id, position, value_so_far, projected_value, likelihood FROM "
        "monitoring_indicators WHERE report_id");
    of_batch(q, "id");
    for (auto& r : db::fetch_all<AnswerRow>(s, q, [](soci::statement&st, AnswerRow&r) {
           st.exchange(soci::into(r.report_id));
           st.exchange(soci::into(r.answer.position));
           st.exchange(soci::into(r.answer.value_so_far));
           st.exchange(soci::into(r.answer.projected_value));
           st.exchange(soci::into(r.answer.likelihood));
         }))
      answers[r.report_id].push_back(std::move(r.answer));
  }

  const std::string at = now_iso();
  for (const auto& row : rows) {
    Report r;
    r.id = row.id;
    r.year = c.year;
    r.as_of = c.as_of;
    r.budget_fen = row.budget_fen;
    r.executed_fen = row.executed_fen;
    r.department_id = row.department_id;
    r.region_id = row.region_id;
    r.project_id = row.project_id;
    r.status = row.status;
    // R-MO-4: a report still with its unit after the due date is missing.
    const bool overdue = is_missing(row.status, c.due, today);
    apply_evaluation(
        r, evaluate(settings, progress_of(r, indicators[row.target_id], answers[row.id], overdue)),
        at);
    each({r, row.colour, row.fired});
  }
  return last_id;
}

BatchResult run_batch(soci::session& s, const Checkpoint& c, const WarningSettings& settings,
                      const std::string& today, long long after_id, int limit) {
  BatchResult out;
  std::map<repo::TotalsKey, repo::TotalsDelta> totals;  // the batch's colour changes, summed
  out.last_id = evaluate_batch(s, c, settings, today, after_id, limit, [&](const Evaluated& e) {
    ++out.evaluated;
    if (e.report.colour == e.colour_before && e.report.fired == e.fired_before) return;
    if (e.report.colour != e.colour_before) {
      const auto& r = e.report;
      repo::TotalsKey key{r.region_id, r.department_id, r.status, e.colour_before,
                          r.project_id ? 1 : 0};
      for (const long long sign : {-1LL, 1LL}) {
        auto& d = totals[key];
        d.reports += sign;
        d.budget_fen += sign * r.budget_fen;
        d.executed_fen += sign * r.executed_fen;
        key.colour = r.colour;
      }
    }
    s << "UPDATE monitoring_reports SET colour = :c, fired = :f, evaluated_at = :at WHERE id = :id",
        soci::use(e.report.colour), soci::use(e.report.fired), soci::use(e.report.evaluated_at),
        soci::use(e.report.id);
    ++out.changed;
  });
  repo::add_deltas(s, c.id, totals);
  return out;
}

}  // namespace jixiao::monitoring
