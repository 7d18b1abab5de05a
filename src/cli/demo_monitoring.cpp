#include "cli/demo_monitoring.h"

#include <iterator>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "cli/sample_monitoring.h"
#include "db/query.h"
#include "monitoring/early_warning.h"
#include "monitoring/repo.h"
#include "monitoring/repo_bulk.h"
#include "monitoring/run.h"
#include "projects/repo.h"
#include "rules/service.h"
#include "targets/repo.h"
#include "targets/value.h"

namespace jixiao::cli {

namespace {

struct Monitored {
  long long target_id = 0;
  long long project_id = 0;
  Fen amount_fen = 0;
  long long section_id = 0;
  long long unit_id = 0;
};

// The script of a demo account's unit, by its targets in order: how each project spends and where
// its August report stands (May's are all accepted). After the runs the first (idle) is red at both
// checkpoints, the second (late) red in May and blue in August; the third, still to fill in, and
// the fifth, returned, are red in August for being overdue.
struct Scripted {
  Pace pace;
  const char* august;
};
constexpr Scripted kScript[] = {{Pace::idle, "accepted"},   {Pace::late, "accepted"},
                                {Pace::on_pace, "pending"}, {Pace::on_pace, "submitted"},
                                {Pace::behind, "returned"}, {Pace::on_pace, "checked"}};

long long user_id(soci::session& s, const std::string& username) {
  long long id = 0;
  s << "SELECT COALESCE(MAX(id), 0) FROM users WHERE username = :u", soci::use(username),
      soci::into(id);
  return id;
}

void set_status(soci::session& s, const std::vector<long long>& ids, const std::string& status,
                const std::string& submitted_at, const std::string& decided_at,
                const std::string& opinion) {
  for (std::size_t from = 0; from < ids.size(); from += 500) {
    std::string list;
    for (std::size_t i = from; i < std::min(ids.size(), from + 500); ++i)
      list += (list.empty() ? "" : ",") + std::to_string(ids[i]);
    soci::indicator sub = submitted_at.empty() ? soci::i_null : soci::i_ok;
    soci::indicator dec = decided_at.empty() ? soci::i_null : soci::i_ok;
    s << "UPDATE monitoring_reports SET status = :st, submitted_at = :sub, decided_at = :dec, "
         "opinion = :o, updated_at = COALESCE(:up, updated_at), version = version + 1 WHERE id "
         "IN (" +
             list + ")",
        soci::use(status), soci::use(submitted_at, sub), soci::use(decided_at, dec),
        soci::use(opinion), soci::use(decided_at.empty() ? submitted_at : decided_at, sub);
  }
}

// The office's decisions on May's red reports (R-MO-5), in turn: money recovered, a budget cut,
// a target reopened for adjustment, and work continued after an explanation.
void insert_demo_outcomes(soci::session& s, long long region_id, long long year, long long office) {
  struct Red {
    long long report_id = 0, checkpoint_id = 0, project_id = 0, region_id = 0, department_id = 0,
              unit_id = 0;
    Fen amount_fen = 0, spent_fen = 0;
  };
  db::Query q(
      "SELECT r.id, r.checkpoint_id, r.project_id, r.region_id, r.department_id, r.unit_id, "
      "p.amount_fen, COALESCE((SELECT MAX(e.executed_fen) FROM executions e WHERE e.project_id = "
      "p.id AND e.as_of <= ");
  q.bind(std::to_string(year) + "-06-30")
      .sql(
          "), 0) FROM monitoring_reports r JOIN checkpoints c ON c.id = r.checkpoint_id JOIN "
          "projects p ON p.id = r.project_id JOIN targets t ON t.id = r.target_id WHERE c.year = ")
      .bind(year)
      .sql(" AND c.region_id = ")
      .bind(region_id)
      .sql(" AND c.as_of = ")
      .bind(month_end(year, 5))
      .sql(
          " AND r.status = 'accepted' AND r.colour = 'red' AND t.status = 'approved' AND "
          "p.status IN ('approved', 'executing') ORDER BY r.id LIMIT 16");
  const auto reds = db::fetch_all<Red>(s, q, [](soci::statement& st, Red& r) {
    st.exchange(soci::into(r.report_id));
    st.exchange(soci::into(r.checkpoint_id));
    st.exchange(soci::into(r.project_id));
    st.exchange(soci::into(r.region_id));
    st.exchange(soci::into(r.department_id));
    st.exchange(soci::into(r.unit_id));
    st.exchange(soci::into(r.amount_fen));
    st.exchange(soci::into(r.spent_fen));
  });
  static const char* const kReasons[] = {
      "截至 5 月末资金闲置，收回财政统筹使用", "项目实施内容调减，相应调减年度预算",
      "受政策调整影响，年度目标需要调减", "单位已说明原因并落实纠偏措施，继续实施"};
  static const char* const kKinds[] = {"recover", "adjust_budget", "adjust_target", "continue"};
  for (std::size_t i = 0; i < reds.size(); ++i) {
    const Red& r = reds[i];
    monitoring::Outcome o;
    o.report_id = r.report_id;
    o.checkpoint_id = r.checkpoint_id;
    o.project_id = r.project_id;
    o.region_id = r.region_id;
    o.department_id = r.department_id;
    o.unit_id = r.unit_id;
    o.year = year;
    o.kind = kKinds[i % 4];
    o.reason = kReasons[i % 4];
    o.decided_by = office;
    o.decided_at = std::to_string(year) + "-07-0" + std::to_string(1 + i % 8) + "T10:00:00Z";
    o.before_fen = o.after_fen = r.amount_fen;
    const Fen unspent = r.amount_fen - r.spent_fen;
    if (o.kind == std::string("recover")) {
      o.recovered_fen = unspent / 2;
      o.after_fen = r.amount_fen - o.recovered_fen;
    } else if (o.kind == std::string("adjust_budget")) {
      o.after_fen = r.spent_fen + unspent * 6 / 10;
    }
    monitoring::repo::insert_outcome(s, o);
    if (o.after_fen != o.before_fen)
      s << "UPDATE projects SET amount_fen = :a, version = version + 1 WHERE id = :id",
          soci::use(o.after_fen), soci::use(r.project_id);
    if (o.kind == std::string("adjust_target"))
      s << "UPDATE targets SET status = 'adjusting', version = version + 1 WHERE project_id = :p",
          soci::use(r.project_id);
    s << "UPDATE monitoring_reports SET budget_fen = :b WHERE id = :id", soci::use(o.after_fen),
        soci::use(r.report_id);
  }
  // The amounts and statuses went in by SQL: the kept totals are counted again.
  projects::repo::rebuild_totals(s, year);
  targets::repo::rebuild_totals(s, year);
}

}  // namespace

std::size_t insert_demo_monitoring(soci::session& s, db::Dialect dialect, long long region_id,
                                   long long year, const std::set<long long>& scripted_units,
                                   long long own_department) {
  db::Query q(
      "SELECT t.id, COALESCE(t.project_id, 0), COALESCE(p.amount_fen, t.amount_fen, 0), "
      "COALESCE(d.section_id, 0), t.unit_id FROM targets t LEFT JOIN projects p ON p.id = "
      "t.project_id JOIN units d ON d.id = t.department_id WHERE t.year = ");
  q.bind(year).sql(
      " AND t.status IN ('approved', 'adjusting') AND (p.id IS NULL OR p.status IN "
      "('approved', 'executing', 'completed')) ORDER BY t.id");
  const auto monitored = db::fetch_all<Monitored>(s, q, [](soci::statement& st, Monitored& m) {
    st.exchange(soci::into(m.target_id));
    st.exchange(soci::into(m.project_id));
    st.exchange(soci::into(m.amount_fen));
    st.exchange(soci::into(m.section_id));
    st.exchange(soci::into(m.unit_id));
  });
  // The scripted targets, by target: their place in their unit's script.
  std::map<long long, const Scripted*> script;
  {
    std::map<long long, std::size_t> next;
    for (const auto& m : monitored) {
      if (!scripted_units.contains(m.unit_id)) continue;
      const std::size_t k = next[m.unit_id]++;
      if (k < std::size(kScript)) script[m.target_id] = &kScript[k];
    }
  }

  std::mt19937_64 rng(20260531);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::uniform_int_distribution<long long> noise(-600, 400);
  const long long office = user_id(s, "demo_office");
  std::map<long long, Pace> pace_of;                     // by target
  std::map<std::pair<long long, int>, long long> spent;  // by target and month, in percent
  std::vector<monitoring::Execution> figures;
  for (const auto& m : monitored) {
    // The scripted ones draw nothing, so that the region's draws stay as they were.
    const auto scripted = script.find(m.target_id);
    const bool drawn = scripted == script.end();
    const Pace pace = drawn ? draw_pace(unit(rng)) : scripted->second->pace;
    pace_of[m.target_id] = pace;
    if (!m.project_id) continue;
    const long long n = drawn ? noise(rng) : 0;
    long long last = 0;
    for (int month = 1; month <= 11; ++month) {
      const long long bp = std::max(last, spent_share(pace, month, n));
      last = bp;
      spent[{m.target_id, month}] = bp / 100;
      figures.push_back({m.project_id, month_end(year, month), m.amount_fen / 10000 * bp, "import",
                         office, "", month_end(year, month) + "T20:00:00Z"});
    }
  }
  monitoring::repo::insert_executions_bulk(s, dialect, figures);

  std::string path;
  s << "SELECT path FROM regions WHERE id = :r", soci::use(region_id), soci::into(path);
  std::map<long long, std::vector<IndicatorRow>> indicators;
  {
    db::Query iq(
        "SELECT i.target_id, i.position, i.value, i.unit FROM target_indicators i JOIN "
        "targets t ON t.id = i.target_id WHERE t.year = ");
    iq.bind(year).sql(
        " AND t.status IN ('approved', 'adjusting') ORDER BY i.target_id, i.position");
    for (auto& row : db::fetch_all<IndicatorRow>(s, iq, bind_indicator_row))
      indicators[row.target_id].push_back(std::move(row));
  }
  std::map<long long, long long> section_of;
  for (const auto& m : monitored) section_of[m.target_id] = m.section_id;
  // The department's own overall report (no project; the department its unit) waits for it in
  // August.
  long long own_overall = 0;
  for (const auto& m : monitored)
    if (!m.project_id && m.unit_id == own_department) own_overall = m.target_id;

  std::size_t reports = 0;
  struct Plan {
    const char* name;
    int month;
    const char* due;
    long long percent;  // of the year gone
  };
  for (const Plan& plan :
       {Plan{"5月末监控", 5, "-06-20", 42}, Plan{"8月末监控", 8, "-09-20", 67}}) {
    monitoring::Checkpoint c;
    c.region_id = region_id;
    c.year = year;
    c.name = plan.name;
    c.as_of = month_end(year, plan.month);
    c.due = std::to_string(year) + plan.due;
    c.status = "planned";
    c.created_by = office;
    c.created_at = std::to_string(year) + "-03-01T09:00:00Z";
    c.id = monitoring::repo::insert_checkpoint(s, c);
    const std::string opened = month_end(year, plan.month + 1).substr(0, 8) + "01T08:00:00Z";
    c.reports = monitoring::repo::create_reports(s, c, path, opened);
    c.status = "open";
    c.opened_by = office;
    c.opened_at = opened;
    monitoring::repo::update_checkpoint(s, c, 1);
    reports += static_cast<std::size_t>(c.reports);

    struct ReportRow {
      long long id = 0;
      long long target_id = 0;
    };
    db::Query rq("SELECT id, target_id FROM monitoring_reports WHERE checkpoint_id = ");
    rq.bind(c.id).sql(" ORDER BY id");
    const auto rows = db::fetch_all<ReportRow>(s, rq, [](soci::statement& st, ReportRow& r) {
      st.exchange(soci::into(r.id));
      st.exchange(soci::into(r.target_id));
    });
    std::vector<monitoring::repo::AnswerRow> answers;
    std::map<std::string, std::vector<long long>> by_status;
    const bool may = plan.month == 5;
    for (const auto& r : rows) {
      const auto scripted = script.find(r.target_id);
      const bool drawn = scripted == script.end();
      // A scripted one draws nothing: accepted in May, as its script says in August.
      const double u = drawn ? unit(rng) : 0.0;
      // May's round is done; August's is under way.
      std::string status = may ? (u < 0.90   ? "accepted"
                                  : u < 0.95 ? "checked"
                                             : "returned")
                               : (u < 0.35   ? "accepted"
                                  : u < 0.50 ? "checked"
                                  : u < 0.70 ? "submitted"
                                  : u < 0.75 ? "returned"
                                             : "pending");
      if (!drawn && !may) status = scripted->second->august;
      if (!may && r.target_id == own_overall) status = "pending";
      if (status == "checked" && section_of[r.target_id] == 0) status = "accepted";
      by_status[status].push_back(r.id);
      // Not begun: the form starts from May's.
      if (status == "pending" && (u > 0.9 || !drawn)) continue;
      const Pace pace = pace_of[r.target_id];
      const bool lagging = pace == Pace::behind || pace == Pace::idle || pace == Pace::late;
      // Work done follows the money, though unpaid work goes on for a while.
      const auto paid = spent.find({r.target_id, plan.month});
      const long long work =
          lagging && paid != spent.end() ? std::max(paid->second, plan.percent / 2) : plan.percent;
      for (const auto& ind : indicators[r.target_id]) {
        std::string likelihood = "certain";
        if (lagging && ind.position % 3 == 0)
          likelihood = pace == Pace::idle && !may ? "impossible" : "possible";
        answers.push_back({r.id, answer_for(ind, work, likelihood)});
      }
    }
    monitoring::repo::insert_answers_bulk(s, dialect, answers);
    const std::string submitted = c.due.substr(0, 8) + "15T10:00:00Z";
    const std::string decided = c.due.substr(0, 8) + "25T16:00:00Z";
    set_status(s, by_status["accepted"], "accepted", submitted, decided, "");
    set_status(s, by_status["checked"], "checked", submitted, "", "");
    set_status(s, by_status["submitted"], "submitted", submitted, "", "");
    set_status(s, by_status["returned"], "returned", submitted, "",
               "偏离原因写得太笼统，请说明资金未拨付的具体环节和纠偏时间安排");
    // A department's own spending is reported on its form: on pace.
    s << "UPDATE monitoring_reports SET executed_fen = budget_fen / 10000 * :bp WHERE "
         "checkpoint_id = :c AND project_id IS NULL",
        soci::use(plan.month * 833LL), soci::use(c.id);
    // The warning run over the checkpoint, as the office ran it when the reports were in.
    const auto settings = monitoring::warning_settings(rules::effective_rules(s, region_id, year));
    const std::string ran = c.due.substr(0, 8) + "28T18:00:00Z";
    monitoring::repo::begin_run(s, c.id, ran);
    for (long long after = 0;;) {
      const auto batch =
          monitoring::run_batch(s, dialect, c, settings, ran.substr(0, 10), after, 1000);
      if (batch.evaluated == 0) break;
      monitoring::repo::advance_run(s, c.id, batch.last_id, batch.evaluated, batch.changed);
      after = batch.last_id;
    }
    monitoring::repo::finish_run(s, c.id, ran);
  }
  insert_demo_outcomes(s, region_id, year, office);
  monitoring::repo::rebuild_year_totals(s, year);  // statuses and budgets went in by SQL
  // The year-end checkpoint is set and not yet open: its early warning was made on 1 December.
  monitoring::Checkpoint december;
  december.region_id = region_id;
  december.year = year;
  december.name = "12月末监控";
  december.as_of = month_end(year, 12);
  december.due = std::to_string(year + 1) + "-01-20";
  december.status = "planned";
  december.created_by = office;
  december.created_at = std::to_string(year) + "-11-20T09:00:00Z";
  december.id = monitoring::repo::insert_checkpoint(s, december);
  monitoring::forecast_checkpoint(
      s, dialect, december, path,
      monitoring::warning_settings(rules::effective_rules(s, region_id, year)),
      std::to_string(year) + "-12-01");
  return reports;
}

}  // namespace jixiao::cli
