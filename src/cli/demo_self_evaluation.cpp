#include "cli/demo_self_evaluation.h"

#include <map>
#include <random>
#include <string>
#include <vector>

#include "cli/sample_monitoring.h"
#include "cli/sample_self_evaluation.h"
#include "db/query.h"
#include "monitoring/repo_bulk.h"
#include "org/repo.h"
#include "rules/service.h"
#include "self_evaluation/repo.h"
#include "self_evaluation/repo_bulk.h"
#include "self_evaluation/score_batch.h"
#include "self_evaluation/settings.h"

namespace jixiao::cli {

namespace {

using Rng = std::mt19937_64;
using self_evaluation::Evaluation;

enum class Place { untouched, partly, saved, returned, submitted, consolidated, accepted };

// A demo account's unit's forms, in order.
constexpr Place kScript[] = {Place::untouched, Place::returned,  Place::submitted,
                             Place::accepted,  Place::partly,    Place::consolidated,
                             Place::accepted,  Place::submitted, Place::accepted};

// The rest, by weight: the year's work is mostly done by now.
Place draw_place(Rng& rng) {
  const int r = static_cast<int>(rng() % 100);
  return r < 68   ? Place::accepted
         : r < 80 ? Place::consolidated
         : r < 87 ? Place::submitted
         : r < 91 ? Place::returned
         : r < 94 ? Place::saved
         : r < 97 ? Place::partly
                  : Place::untouched;
}

const char* status_of(Place p) {
  switch (p) {
    case Place::returned:
      return "returned";
    case Place::submitted:
      return "submitted";
    case Place::consolidated:
      return "consolidated";
    case Place::accepted:
      return "accepted";
    default:
      return "pending";
  }
}

// What the office wrote when it sent a form back, by what it found.
std::string opinion_of(const Evaluation& e) {
  if (e.self_total && *e.self_total > e.computed_total)
    return "自评分高于指标实际完成情况，请按实际完成值重新自评并说明理由";
  for (const auto& i : e.indicators)
    if (i.needs_reason) return "偏差原因写得太笼统，请逐项说明未完成的原因并补充佐证材料";
  return "全年执行数与财政支付数据不一致，请核实后重新填报";
}

long long user_id(soci::session& s, const std::string& username) {
  long long id = 0;
  s << "SELECT COALESCE(MAX(id), 0) FROM users WHERE username = :u", soci::use(username),
      soci::into(id);
  return id;
}

// The spending feed at each quarter's end for the year's projects in the budget, at a pace drawn
// as the current year's monitoring draws it.
void insert_spending(soci::session& s, db::Dialect dialect, long long year, long long office,
                     Rng& rng) {
  struct Row {
    long long id = 0;
    long long amount_fen = 0;
  };
  db::Query q("SELECT id, amount_fen FROM projects WHERE year = ");
  q.bind(year).sql(" AND status IN ('approved', 'executing', 'completed') ORDER BY id");
  const auto rows = db::fetch_all<Row>(s, q, [](soci::statement& st, Row& r) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.amount_fen));
  });
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<monitoring::Execution> figures;
  for (const auto& r : rows) {
    const Pace pace = draw_pace(unit(rng));
    const long long noise = static_cast<long long>(rng() % 400) - 200;
    long long last = 0;
    for (int month = 3; month <= 12; month += 3) {
      last = std::max(last, spent_share(pace, month, noise));
      const std::string as_of = month_end(year, month);
      const std::string entered = month == 12
                                      ? std::to_string(year + 1) + "-01-08T20:00:00Z"
                                      : month_end(year, month + 1).substr(0, 8) + "05T20:00:00Z";
      figures.push_back({r.id, as_of, r.amount_fen / 10000 * last, "import", office, "", entered});
    }
  }
  monitoring::repo::insert_executions_bulk(s, dialect, figures);
}

std::string day(long long year, int month, long long n, const char* time) {
  const std::string d = std::to_string(1 + n % 27);
  return std::to_string(year) + "-0" + std::to_string(month) + "-" + (d.size() < 2 ? "0" : "") + d +
         "T" + time;
}

}  // namespace

std::size_t insert_demo_self_evaluation(soci::session& s, db::Dialect dialect, long long region_id,
                                        long long year, const std::set<long long>& scripted_units,
                                        long long own_department) {
  Rng rng(20260302);
  const long long office = user_id(s, "demo_office");
  insert_spending(s, dialect, year, office, rng);
  const auto region = org::repo::find_region(s, region_id);
  const long long next = year + 1;

  // The prefecture's office opened the year in March, due at the end of April.
  self_evaluation::Round r;
  r.region_id = region_id;
  r.year = year;
  r.due = std::to_string(next) + "-04-30";
  r.opened_by = office;
  r.opened_at = std::to_string(next) + "-03-02T09:00:00Z";
  r.id = self_evaluation::repo::insert_round(s, r);
  r.evaluations = self_evaluation::repo::create_evaluations(s, r, region->path, r.opened_at);
  std::map<long long, self_evaluation::ScoringSettings> settings;
  for (const long long g : self_evaluation::repo::round_regions(s, r.id)) {
    settings[g] = self_evaluation::scoring_settings(rules::effective_rules(s, g, year));
    self_evaluation::repo::set_execution_scores(s, r.id, g, settings[g].execution_points);
  }
  self_evaluation::repo::set_round_count(s, r.id, r.evaluations);

  AnswerMix mix;
  mix.missed_percent = 22;
  mix.not_applicable_percent = 8;
  mix.self_scored_percent = 35;
  mix.inflated_percent = 20;
  std::map<long long, std::size_t> scripted;  // forms placed so far, by unit
  std::vector<Evaluation> rows;
  for (auto& e : self_evaluation::read_score_batch(s, r.id, 0, 1'000'000)) {
    Place place = draw_place(rng);
    if (scripted_units.contains(e.unit_id)) {
      const std::size_t k = scripted[e.unit_id]++;
      place = kScript[k % std::size(kScript)];
    }
    if (e.kind == "department") {
      if (e.department_id == own_department) place = Place::saved;
      // A department's year is no project's feed: it enters what it spent, most of its budget.
      e.executed_fen = e.budget_fen / 1000 * (880 + static_cast<long long>(rng() % 115));
    }
    // A department's own form goes to finance without consolidation.
    if (place == Place::submitted && e.unit_id == e.department_id) place = Place::consolidated;
    if (place == Place::untouched) continue;
    const long long n = static_cast<long long>(rng() % 1000);
    e.status = status_of(place);
    e.updated_at = day(next, 4, n, "10:00:00Z");
    if (place == Place::partly) {
      answer_partly(e, rng, e.indicators.size() / 2);
      e.updated_at = day(next, 4, n, "16:00:00Z");
      rows.push_back(std::move(e));
      continue;
    }
    answer_evaluation(e, rng, mix, settings.at(e.region_id));
    if (place != Place::saved) e.submitted_at = e.updated_at;
    if (place == Place::returned) {
      e.opinion = opinion_of(e);
      e.updated_at = day(next, 5, n, "11:00:00Z");
    }
    if (place == Place::consolidated) e.updated_at = day(next, 5, n, "09:30:00Z");
    if (place == Place::accepted) e.decided_at = e.updated_at = day(next, 5, n, "15:00:00Z");
    rows.push_back(std::move(e));
  }
  self_evaluation::repo::write_results_bulk(s, dialect, rows);
  return static_cast<std::size_t>(r.evaluations);
}

}  // namespace jixiao::cli
