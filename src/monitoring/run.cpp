#include "monitoring/run.h"

#include <functional>
#include <map>

#include "base/clock.h"
#include "db/pg_copy.h"
#include "db/query.h"
#include "monitoring/repo_totals.h"
#include "monitoring/report_warnings.h"

namespace jixiao::monitoring {

namespace {

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

BatchRows read_batch(soci::session& s, const Checkpoint& c, long long after_id, int limit) {
  BatchRows out;
  db::Query rq(
      "SELECT id, target_id, status, budget_fen, executed_fen, colour, fired, department_id, "
      "version, region_id, COALESCE(project_id, 0) FROM monitoring_reports WHERE checkpoint_id "
      "= ");
  rq.bind(c.id).sql(" AND id > ").bind(after_id).sql(" ORDER BY id LIMIT ").bind(limit);
  out.reports = db::fetch_all<BatchRows::Row>(s, rq, [](soci::statement& st, BatchRows::Row& r) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.target_id));
    st.exchange(soci::into(r.status));
    st.exchange(soci::into(r.budget_fen));
    st.exchange(soci::into(r.executed_fen));
    st.exchange(soci::into(r.colour));
    st.exchange(soci::into(r.fired));
    st.exchange(soci::into(r.department_id));
    st.exchange(soci::into(r.version));
    st.exchange(soci::into(r.region_id));
    st.exchange(soci::into(r.project_id));
  });
  if (out.reports.empty()) return out;
  const long long last_id = out.last_id();

  // " IN (the batch's reports' <column>)".
  const auto of_batch = [&](db::Query& q, const char* column) {
    q.sql(" IN (SELECT ").sql(column).sql(" FROM monitoring_reports WHERE checkpoint_id = ");
    q.bind(c.id).sql(" AND id > ").bind(after_id).sql(" AND id <= ").bind(last_id).sql(")");
  };
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
      out.indicators[r.target_id].push_back(std::move(r.indicator));
  }
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
      out.answers[r.report_id].push_back(std::move(r.answer));
  }
  return out;
}

void judge_batch(const BatchRows& batch, const Checkpoint& c, const WarningSettings& settings,
                 const std::string& today, const std::function<void(const Evaluated&)>& each) {
  static const std::vector<targets::Indicator> no_indicators;
  static const std::vector<IndicatorReport> no_answers;
  const std::string at = now_iso();
  for (const auto& row : batch.reports) {
    Report r;
    r.id = row.id;
    r.year = c.year;
    r.as_of = c.as_of;
    r.budget_fen = row.budget_fen;
    r.executed_fen = row.executed_fen;
    r.department_id = row.department_id;
    r.version = row.version;
    r.region_id = row.region_id;
    r.project_id = row.project_id;
    r.status = row.status;
    const auto ind = batch.indicators.find(row.target_id);
    const auto ans = batch.answers.find(row.id);
    // R-MO-4: a report still with its unit after the due date is missing.
    const bool overdue = is_missing(row.status, c.due, today);
    apply_evaluation(
        r,
        evaluate(settings,
                 progress_of(r, ind == batch.indicators.end() ? no_indicators : ind->second,
                             ans == batch.answers.end() ? no_answers : ans->second, overdue)),
        at);
    each({r, row.colour, row.fired});
  }
}

long long evaluate_batch(soci::session& s, const Checkpoint& c, const WarningSettings& settings,
                         const std::string& today, long long after_id, int limit,
                         const std::function<void(const Evaluated&)>& each) {
  const BatchRows batch = read_batch(s, c, after_id, limit);
  judge_batch(batch, c, settings, today, each);
  return batch.last_id();
}

Changes changes_of(const BatchRows& batch, const Checkpoint& c, const WarningSettings& settings,
                   const std::string& today) {
  Changes out;
  judge_batch(batch, c, settings, today, [&](const Evaluated& e) {
    if (e.report.colour == e.colour_before && e.report.fired == e.fired_before) return;
    out.id.push_back(e.report.id);
    out.version.push_back(e.report.version);
    out.colour.push_back(e.report.colour);
    out.fired.push_back(e.report.fired);
    out.evaluated_at.push_back(e.report.evaluated_at);
    out.before.push_back(e.colour_before);
    out.reports.push_back(e.report);
  });
  return out;
}

namespace {

// The kept totals move by the colours of the reports written: one sum per key for the batch.
void count_colours(soci::session& s, long long checkpoint_id, const Changes& changes,
                   const std::vector<char>& written) {
  std::map<repo::TotalsKey, repo::TotalsDelta> totals;
  for (std::size_t k = 0; k < changes.size(); ++k) {
    const Report& r = changes.reports[k];
    if (!written[k] || r.colour == changes.before[k]) continue;
    repo::TotalsKey key{r.region_id, r.department_id, r.status, changes.before[k],
                        r.project_id ? 1 : 0};
    for (const long long sign : {-1LL, 1LL}) {
      auto& d = totals[key];
      d.reports += sign;
      d.budget_fen += sign * r.budget_fen;
      d.executed_fen += sign * r.executed_fen;
      key.colour = r.colour;
    }
  }
  repo::add_deltas(s, checkpoint_id, totals);
}

}  // namespace

long long write_changes(soci::session& s, db::Dialect dialect, long long checkpoint_id,
                        Changes& changes) {
  if (changes.size() == 0) return 0;  // SOCI cannot bulk-bind empty vectors
  std::vector<char> written(changes.size(), 0);
  long long count = 0;
  if (dialect == db::Dialect::postgresql) {
    // SOCI's vector bind is one statement a row on PostgreSQL: COPY the changes instead and
    // join them in one UPDATE, which names the reports it wrote.
    s << "CREATE TEMP TABLE run_changes (k BIGINT NOT NULL, id BIGINT PRIMARY KEY, version "
         "BIGINT NOT NULL, colour TEXT NOT NULL, fired TEXT NOT NULL, evaluated_at TEXT NOT "
         "NULL) ON COMMIT DROP";
    db::PgCopy copy(s, "run_changes", {"k", "id", "version", "colour", "fired", "evaluated_at"});
    for (std::size_t k = 0; k < changes.size(); ++k)
      copy.row(static_cast<long long>(k), changes.id[k], changes.version[k], changes.colour[k],
               changes.fired[k], changes.evaluated_at[k]);
    copy.finish();
    db::Query q(
        "UPDATE monitoring_reports m SET colour = c.colour, fired = c.fired, evaluated_at = "
        "c.evaluated_at FROM run_changes c WHERE m.id = c.id AND m.version = c.version "
        "RETURNING c.k");
    for (const long long k : db::fetch_all<long long>(
             s, q, [](soci::statement&st, long long&v) { st.exchange(soci::into(v)); })) {
      written[static_cast<std::size_t>(k)] = 1;
      ++count;
    }
    s << "DROP TABLE run_changes";
  } else {
    // One prepared statement stepped a row at a time: what SOCI's vector bind does on SQLite,
    // and it tells which rows it wrote.
    long long id = 0, version = 0;
    std::string colour, fired, at;
    soci::statement st =
        (s.prepare << "UPDATE monitoring_reports SET colour = :c, fired = :f, evaluated_at = :at "
                      "WHERE id = :id AND version = :v",
         soci::use(colour), soci::use(fired), soci::use(at), soci::use(id), soci::use(version));
    for (std::size_t k = 0; k < changes.size(); ++k) {
      id = changes.id[k];
      version = changes.version[k];
      colour = changes.colour[k];
      fired = changes.fired[k];
      at = changes.evaluated_at[k];
      st.execute(true);
      if (st.get_affected_rows() > 0) {
        written[k] = 1;
        ++count;
      }
    }
  }
  count_colours(s, checkpoint_id, changes, written);
  return count;
}

BatchResult run_batch(soci::session& s, db::Dialect dialect, const Checkpoint& c,
                      const WarningSettings& settings, const std::string& today, long long after_id,
                      int limit) {
  const BatchRows batch = read_batch(s, c, after_id, limit);
  BatchResult out;
  out.last_id = batch.last_id();
  out.evaluated = static_cast<long long>(batch.reports.size());
  Changes changes = changes_of(batch, c, settings, today);
  out.changed = write_changes(s, dialect, c.id, changes);
  return out;
}

}  // namespace jixiao::monitoring
