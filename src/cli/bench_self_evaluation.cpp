#include "cli/bench_self_evaluation.h"

#include <boost/json.hpp>
#include <chrono>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "audit/log.h"
#include "base/error.h"
#include "cli/bench_data.h"
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
using Clock = std::chrono::steady_clock;
using self_evaluation::Evaluation;

double since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// The spending feed's last figure of the year for each project with an id from first_id: most
// spent 90–100 % of their budget, one in eight far less.
long long insert_spending(soci::session& s, db::Dialect dialect, long long year, long long first_id,
                          long long office, Rng& rng, int batch) {
  struct Row {
    long long id = 0;
    long long amount_fen = 0;
  };
  const std::string year_end = std::to_string(year) + "-12-31";
  long long written = 0;
  for (long long after = first_id - 1;;) {
    db::Query q("SELECT id, amount_fen FROM projects WHERE year = ");
    q.bind(year).sql(" AND id > ").bind(after).sql(" ORDER BY id LIMIT ").bind(batch);
    const auto rows = db::fetch_all<Row>(s, q, [](soci::statement& st, Row& r) {
      st.exchange(soci::into(r.id));
      st.exchange(soci::into(r.amount_fen));
    });
    if (rows.empty()) return written;
    std::vector<monitoring::Execution> figures;
    figures.reserve(rows.size());
    for (const auto& r : rows) {
      const long long bp = rng() % 8 == 0 ? 4000 + static_cast<long long>(rng() % 5000)
                                          : 9000 + static_cast<long long>(rng() % 1001);
      figures.push_back({r.id, year_end, r.amount_fen / 10000 * bp, "import", office, "",
                         std::to_string(year + 1) + "-01-10T20:00:00Z"});
    }
    monitoring::repo::insert_executions_bulk(s, dialect, figures);
    written += static_cast<long long>(figures.size());
    after = rows.back().id;
  }
}

// A form's place in spring, by its id: 0–1 not yet touched, 2 partly filled, 3 answered and
// saved, 4 returned with the office's words, 5–7 submitted, 8–11 consolidated, 12–19 accepted.
enum class Place { untouched, partly, saved, returned, submitted, consolidated, accepted };
Place place_of(long long id) {
  const long long k = id % 20;
  return k <= 1    ? Place::untouched
         : k == 2  ? Place::partly
         : k == 3  ? Place::saved
         : k == 4  ? Place::returned
         : k <= 7  ? Place::submitted
         : k <= 11 ? Place::consolidated
                   : Place::accepted;
}

// The answers as a bulk load brings them: the scores are the job's, so each form keeps what its
// opening gave it (R-SE-3's execution score alone).
void unscore(Evaluation& e, const Evaluation& opened) {
  e.execution_weight = opened.execution_weight;
  e.execution_score = opened.execution_score;
  e.execution_detail = opened.execution_detail;
  e.computed_total = opened.computed_total;
  e.self_total.reset();
  e.grade.clear();
  for (auto& i : e.indicators) {
    i.computed_weight = i.computed_score = 0;
    i.rule.clear();
    i.detail.clear();
    i.needs_reason = false;
  }
}

}  // namespace

BenchSelfEvaluationResult create_bench_self_evaluation(db::Database& db,
                                                       const BenchSelfEvaluationOptions& o) {
  const auto start = Clock::now();
  BenchSelfEvaluationResult result;
  org::Region province;
  long long office = 0;
  db.read([&](soci::session& s) {
    const auto p = org::repo::find_region_by_code(s, "990000");
    if (!p) throw precondition("no_province", "请先用 jixiao bench-data 生成基准省");
    province = *p;
    s << "SELECT COALESCE(MAX(id), 0) FROM users WHERE username = 'b990000_office'",
        soci::into(office);
    return 0;
  });
  const auto closed = insert_bench_closed_year(db, o.year, o.evaluations, o.seed, o.batch);
  result.projects = closed.projects;
  result.indicators = closed.indicators;
  Rng rng(o.seed ^ 0x73656c66ULL);
  db.write([&](soci::session& s) {
    result.executions =
        insert_spending(s, db.dialect(), o.year, closed.first_id, office, rng, o.batch);
  });
  result.projects_seconds = since(start);

  // The province's office opens the year over every region, as EvaluationService::open_round.
  const auto opening = Clock::now();
  const std::string next = std::to_string(o.year + 1);
  db.write([&](soci::session& s) {
    // Just loaded in bulk: PostgreSQL plans the opening by statistics it does not have yet.
    if (db.dialect() == db::Dialect::postgresql)
      s << "ANALYZE projects, targets, target_indicators, executions";
    if (self_evaluation::repo::round_over(s, province.path, o.year))
      throw conflict("duplicate", "基准省已开启该年度绩效自评", "year");
    self_evaluation::Round r;
    r.region_id = province.id;
    r.year = o.year;
    r.due = next + "-04-30";
    r.opened_by = office;
    r.opened_at = next + "-02-20T09:00:00Z";
    r.id = self_evaluation::repo::insert_round(s, r);
    r.evaluations = self_evaluation::repo::create_evaluations(s, r, province.path, r.opened_at);
    for (const long long region : self_evaluation::repo::round_regions(s, r.id)) {
      const auto st = self_evaluation::scoring_settings(rules::effective_rules(s, region, o.year));
      self_evaluation::repo::set_execution_scores(s, r.id, region, st.execution_points);
    }
    self_evaluation::repo::set_round_count(s, r.id, r.evaluations);
    auto e = audit::system_entry("open", "self_evaluation_round", r.id, r.region_id);
    e.after_json = boost::json::serialize(
        boost::json::object{{"year", r.year}, {"due", r.due}, {"evaluations", r.evaluations}});
    audit::append(s, db.dialect(), e);
    result.round_id = r.id;
    result.evaluations = r.evaluations;
  });
  result.open_seconds = since(opening);

  // The units' answers, batch by batch, over the workflow's states.
  const auto answering = Clock::now();
  db.write([&](soci::session& s) {
    std::map<long long, self_evaluation::ScoringSettings> settings;
    const auto settings_of = [&](long long region) -> const self_evaluation::ScoringSettings& {
      auto it = settings.find(region);
      if (it == settings.end())
        it = settings
                 .emplace(region, self_evaluation::scoring_settings(
                                      rules::effective_rules(s, region, o.year)))
                 .first;
      return it->second;
    };
    const AnswerMix mix;
    for (long long after = 0;;) {
      auto batch = self_evaluation::read_score_batch(s, result.round_id, after, o.batch);
      if (batch.empty()) break;
      after = batch.back().id;
      std::vector<Evaluation> rows;
      rows.reserve(batch.size());
      for (auto& e : batch) {
        Place place = place_of(e.id);
        if (place == Place::untouched) continue;
        // A department's own form goes to finance without consolidation (R-SE workflow).
        if (place == Place::submitted && e.unit_id == e.department_id) place = Place::consolidated;
        const Evaluation opened = e;
        e.updated_at = next + "-03-0" + std::to_string(1 + e.id % 9) + "T10:00:00Z";
        if (place == Place::partly) {
          answer_partly(e, rng, e.indicators.size() / 2);
          e.status = "pending";
          ++result.partly;
          rows.push_back(std::move(e));
          continue;
        }
        answer_evaluation(e, rng, mix, settings_of(e.region_id));
        unscore(e, opened);
        ++result.answered;
        e.status = place == Place::saved          ? "pending"
                   : place == Place::returned     ? "returned"
                   : place == Place::submitted    ? "submitted"
                   : place == Place::consolidated ? "consolidated"
                                                  : "accepted";
        if (place != Place::saved) e.submitted_at = e.updated_at;
        if (place == Place::returned) e.opinion = "偏差原因过于笼统，请逐项说明并补充佐证材料";
        if (place == Place::accepted)
          e.decided_at = next + "-04-2" + std::to_string(e.id % 9) + "T15:00:00Z";
        rows.push_back(std::move(e));
      }
      self_evaluation::repo::write_results_bulk(s, db.dialect(), rows);
    }
  });
  result.answers_seconds = since(answering);
  result.seconds = since(start);
  return result;
}

}  // namespace jixiao::cli
