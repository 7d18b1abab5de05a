#include "self_evaluation/repo.h"

#include <algorithm>
#include <map>

#include "auth/scope_sql.h"
#include "base/text.h"
#include "db/query.h"
#include "self_evaluation/indicator_scores.h"
#include "self_evaluation/repo_totals.h"

namespace jixiao::self_evaluation::repo {

namespace {

constexpr const char* kRoundColumns =
    "SELECT r.id, r.region_id, g.name, r.year, r.due, r.evaluations, r.opened_by, r.opened_at, "
    "r.version, r.score_after_id, r.score_done, r.score_total, r.score_changed, "
    "r.score_unanswered, r.score_refused, COALESCE(r.score_started_at, ''), "
    "COALESCE(r.score_finished_at, ''), COALESCE(r.score_by, 0), COALESCE(u.display_name, '') "
    "FROM self_evaluation_rounds r JOIN regions g ON g.id = r.region_id LEFT JOIN users u ON "
    "u.id = r.score_by";

void bind_round(soci::statement& st, Round& r) {
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.region_id));
  st.exchange(soci::into(r.region_name));
  st.exchange(soci::into(r.year));
  st.exchange(soci::into(r.due));
  st.exchange(soci::into(r.evaluations));
  st.exchange(soci::into(r.opened_by));
  st.exchange(soci::into(r.opened_at));
  st.exchange(soci::into(r.version));
  auto& j = r.scoring;
  st.exchange(soci::into(j.after_id));
  st.exchange(soci::into(j.done));
  st.exchange(soci::into(j.total));
  st.exchange(soci::into(j.changed));
  st.exchange(soci::into(j.unanswered));
  st.exchange(soci::into(j.refused));
  st.exchange(soci::into(j.started_at));
  st.exchange(soci::into(j.finished_at));
  st.exchange(soci::into(j.by));
  st.exchange(soci::into(j.by_name));
}

// Evaluations with what a list shows beside them. Nullable columns come as sentinels (-1 for no
// score: every score is 0 or more) and are turned back in finish().
constexpr const char* kColumns =
    "SELECT e.id, e.round_id, e.target_id, COALESCE(e.project_id, 0), e.region_id, "
    "e.department_id, e.unit_id, e.year, e.kind, e.status, e.initial_fen, e.budget_fen, "
    "e.executed_fen, e.goal_achieved, e.problems, e.improvements, e.execution_weight, "
    "e.execution_score, e.execution_detail, e.computed_total, COALESCE(e.self_total, -1), "
    "COALESCE(e.review_total, -1), e.grade, e.opinion, e.version, COALESCE(e.submitted_at, ''), "
    "COALESCE(e.decided_at, ''), e.created_at, e.updated_at, COALESCE(p.code, ''), "
    "COALESCE(p.name, d.name), t.overall_goal, u.name, d.name, t.framework_version, r.due "
    "FROM self_evaluations e JOIN targets t ON t.id = e.target_id LEFT JOIN projects p ON p.id = "
    "e.project_id JOIN units u ON u.id = e.unit_id JOIN units d ON d.id = e.department_id JOIN "
    "self_evaluation_rounds r ON r.id = e.round_id";

struct Row {
  Evaluation e;
  long long self_total = -1;
  long long review_total = -1;
};

void bind_row(soci::statement& st, Row& row) {
  auto& e = row.e;
  st.exchange(soci::into(e.id));
  st.exchange(soci::into(e.round_id));
  st.exchange(soci::into(e.target_id));
  st.exchange(soci::into(e.project_id));
  st.exchange(soci::into(e.region_id));
  st.exchange(soci::into(e.department_id));
  st.exchange(soci::into(e.unit_id));
  st.exchange(soci::into(e.year));
  st.exchange(soci::into(e.kind));
  st.exchange(soci::into(e.status));
  st.exchange(soci::into(e.initial_fen));
  st.exchange(soci::into(e.budget_fen));
  st.exchange(soci::into(e.executed_fen));
  st.exchange(soci::into(e.goal_achieved));
  st.exchange(soci::into(e.problems));
  st.exchange(soci::into(e.improvements));
  st.exchange(soci::into(e.execution_weight));
  st.exchange(soci::into(e.execution_score));
  st.exchange(soci::into(e.execution_detail));
  st.exchange(soci::into(e.computed_total));
  st.exchange(soci::into(row.self_total));
  st.exchange(soci::into(row.review_total));
  st.exchange(soci::into(e.grade));
  st.exchange(soci::into(e.opinion));
  st.exchange(soci::into(e.version));
  st.exchange(soci::into(e.submitted_at));
  st.exchange(soci::into(e.decided_at));
  st.exchange(soci::into(e.created_at));
  st.exchange(soci::into(e.updated_at));
  st.exchange(soci::into(e.code));
  st.exchange(soci::into(e.name));
  st.exchange(soci::into(e.overall_goal));
  st.exchange(soci::into(e.unit_name));
  st.exchange(soci::into(e.department_name));
  st.exchange(soci::into(e.framework_version));
  st.exchange(soci::into(e.due));
}

std::vector<Evaluation> fetch(soci::session& s, db::Query& q) {
  std::vector<Evaluation> out;
  for (auto& row : db::fetch_all<Row>(s, q, bind_row)) {
    if (row.self_total >= 0) row.e.self_total = row.self_total;
    if (row.review_total >= 0) row.e.review_total = row.review_total;
    out.push_back(std::move(row.e));
  }
  return out;
}

constexpr auth::ScopeColumns kScopeColumns{"e.region_id", "e.department_id", "e.unit_id"};

void append_filter(soci::session& s, db::Query& q, const Filter& f, const auth::DataScope& scope) {
  q.sql(" WHERE ");
  auth::append_page_scope(s, q, scope, kScopeColumns);
  if (f.queue) {
    q.sql(" AND e.status IN ('_'");
    for (const auto& state : f.queue->states) q.sql(", ").bind(state);
    q.sql(")");
  }
  if (f.year) q.sql(" AND e.year = ").bind(*f.year);
  if (f.round_id) q.sql(" AND e.round_id = ").bind(*f.round_id);
  if (f.status) q.sql(" AND e.status = ").bind(*f.status);
  if (f.kind) q.sql(" AND e.kind = ").bind(*f.kind);
  if (f.department_id) q.sql(" AND e.department_id = ").bind(*f.department_id);
  if (f.unit_id) q.sql(" AND e.unit_id = ").bind(*f.unit_id);
  if (f.project_id) q.sql(" AND e.project_id = ").bind(*f.project_id);
  if (f.grade) q.sql(" AND e.grade = ").bind(*f.grade);
  if (f.words) {
    const std::string like = "%" + escape_like(*f.words) + "%";
    q.sql(" AND (p.code LIKE ").bind(like).sql(" ESCAPE '\\' OR p.name LIKE ").bind(like);
    q.sql(" ESCAPE '\\' OR d.name LIKE ").bind(like).sql(" ESCAPE '\\')");
  }
}

}  // namespace

long long insert_round(soci::session& s, const Round& r) {
  long long id = 0;
  s << "INSERT INTO self_evaluation_rounds (region_id, year, due, opened_by, opened_at) VALUES "
       "(:r, :y, :d, :b, :at) RETURNING id",
      soci::use(r.region_id), soci::use(r.year), soci::use(r.due), soci::use(r.opened_by),
      soci::use(r.opened_at), soci::into(id);
  return id;
}

std::optional<Round> find_round(soci::session& s, long long id) {
  db::Query q(kRoundColumns);
  q.sql(" WHERE r.id = ").bind(id);
  return db::fetch_first<Round>(s, q, bind_round);
}

std::vector<Round> rounds(soci::session& s, std::optional<long long> year,
                          const std::string& region_path, bool below) {
  // The regions above a path are its prefixes: "/1/4/" lies under "/1/".
  db::Query q(kRoundColumns);
  q.sql(" WHERE (").bind(region_path).sql(" LIKE g.path || '%'");
  if (below) q.sql(" OR g.path LIKE ").bind(region_path + "%");
  q.sql(")");
  if (year) q.sql(" AND r.year = ").bind(*year);
  q.sql(" ORDER BY r.year DESC, g.path, r.id");
  return db::fetch_all<Round>(s, q, bind_round);
}

std::optional<Round> round_over(soci::session& s, const std::string& region_path, long long year) {
  db::Query q(kRoundColumns);
  q.sql(" WHERE r.year = ").bind(year).sql(" AND ").bind(region_path);
  q.sql(" LIKE g.path || '%' ORDER BY g.path LIMIT 1");
  return db::fetch_first<Round>(s, q, bind_round);
}

void set_round_count(soci::session& s, long long id, long long evaluations) {
  s << "UPDATE self_evaluation_rounds SET evaluations = :n, version = version + 1 WHERE id = :id",
      soci::use(evaluations), soci::use(id);
}

long long create_evaluations(soci::session& s, const Round& r, const std::string& region_path,
                             const std::string& at) {
  const std::string year_end = std::to_string(r.year) + "-12-31";
  db::Query q(
      "INSERT INTO self_evaluation_forms (round_id, target_id, project_id, region_id, "
      "department_id, unit_id, year, kind, status, initial_fen, budget_fen, executed_fen, "
      "created_at, updated_at) SELECT ");
  q.bind(r.id).sql(", t.id, t.project_id, t.region_id, t.department_id, t.unit_id, t.year, ");
  q.sql("t.kind, ").bind(std::string("pending"));
  // 年初预算数: the amount before the first budget change of the year (R-MO-5), else as now.
  q.sql(
      ", CASE WHEN p.id IS NULL THEN COALESCE(t.amount_fen, 0) ELSE COALESCE(o.before_fen, "
      "p.amount_fen) END, COALESCE(p.amount_fen, t.amount_fen, 0), ");
  q.sql(
       "CASE WHEN p.id IS NULL THEN 0 ELSE COALESCE((SELECT x.executed_fen FROM executions x "
       "WHERE x.project_id = p.id AND x.as_of <= ")
      .bind(year_end)
      .sql(" ORDER BY x.as_of DESC LIMIT 1), 0) END, ")
      .bind(at)
      .sql(", ")
      .bind(at);
  // The first change of each project's budget in the year, found through the outcomes' own
  // (year, region) index rather than once per target.
  q.sql(
       " FROM targets t LEFT JOIN projects p ON p.id = t.project_id LEFT JOIN (SELECT "
       "project_id, MIN(id) AS first_id FROM monitoring_outcomes WHERE year = ")
      .bind(r.year)
      .sql(
          " AND kind IN ('adjust_budget', 'recover') GROUP BY project_id) f ON f.project_id = "
          "t.project_id LEFT JOIN monitoring_outcomes o ON o.id = f.first_id WHERE t.year = ")
      .bind(r.year);
  q.sql(" AND t.status IN ('approved', 'adjusting')");
  // A project's evaluation once the budget holds it: approved (批复) or beyond.
  q.sql(
      " AND (p.id IS NULL OR p.status IN ('approved', 'executing', 'completed')) AND "
      "t.region_id IN (");
  auth::append_regions_under(q, region_path);
  q.sql(") AND NOT EXISTS (SELECT 1 FROM self_evaluation_forms m WHERE m.target_id = t.id)");
  soci::statement st(s);
  q.execute(st, true);
  const long long created = st.get_affected_rows();
  if (created == 0) return 0;
  // Each new form's scores row, with its year and money (the poor list's index walks them).
  s << "INSERT INTO self_evaluation_scores (evaluation_id, year, budget_fen) SELECT f.id, "
       "f.year, f.budget_fen FROM self_evaluation_forms f WHERE f.round_id = :r AND NOT EXISTS "
       "(SELECT 1 FROM self_evaluation_scores x WHERE x.evaluation_id = f.id)",
      soci::use(r.id);
  add_to_totals(s, "e.round_id = :w", r.id, 1);
  s << "INSERT INTO self_evaluation_indicators (evaluation_id, position, category, subcategory, "
       "name, comparator, value, unit, direction, weight) SELECT e.id, i.position, i.category, "
       "i.subcategory, i.name, i.comparator, i.value, i.unit, i.direction, i.weight FROM "
       "self_evaluations e JOIN target_indicators i ON i.target_id = e.target_id WHERE "
       "e.round_id = :r",
      soci::use(r.id);
  return created;
}

std::vector<long long> round_regions(soci::session& s, long long round_id) {
  db::Query q("SELECT DISTINCT region_id FROM self_evaluations WHERE round_id = ");
  q.bind(round_id).sql(" ORDER BY region_id");
  return db::fetch_all<long long>(
      s, q, [](soci::statement& st, long long& id) { st.exchange(soci::into(id)); });
}

void set_execution_scores(soci::session& s, long long round_id, long long region_id,
                          long long points) {
  // Half up in integers: (2 × executed × points + budget) ÷ (2 × budget); executed ≤ budget
  // there, so the product stays within 64 bits for any budget up to 1 万亿元 and 100 points.
  s << "UPDATE self_evaluation_scores SET execution_weight = :p1, execution_score = CASE WHEN "
       "f.budget_fen <= 0 THEN 0 WHEN f.executed_fen >= f.budget_fen THEN :p2 ELSE (2 * "
       "f.executed_fen * :p3 + f.budget_fen) / (2 * f.budget_fen) END FROM self_evaluation_forms "
       "f WHERE f.id = self_evaluation_scores.evaluation_id AND f.round_id = :r AND f.region_id "
       "= :g",
      soci::use(points), soci::use(points), soci::use(points), soci::use(round_id),
      soci::use(region_id);
  s << "UPDATE self_evaluation_scores SET computed_total = execution_score WHERE evaluation_id "
       "IN (SELECT id FROM self_evaluation_forms WHERE round_id = :r AND region_id = :g)",
      soci::use(round_id), soci::use(region_id);
}

bool begin_scoring(soci::session& s, long long round_id, long long by, const std::string& at) {
  const auto r = find_round(s, round_id);
  if (!r->scoring.started_at.empty() && r->scoring.finished_at.empty()) return true;  // goes on
  long long total = 0;
  s << "SELECT COUNT(*) FROM self_evaluations WHERE round_id = :r", soci::use(round_id),
      soci::into(total);
  const long long by_id = by;
  soci::indicator has_by = by ? soci::i_ok : soci::i_null;
  s << "UPDATE self_evaluation_rounds SET score_after_id = 0, score_done = 0, score_total = :t, "
       "score_changed = 0, score_unanswered = 0, score_refused = 0, score_started_at = :at, "
       "score_finished_at = NULL, score_by = :b WHERE id = :id",
      soci::use(total), soci::use(at), soci::use(by_id, has_by), soci::use(round_id);
  return false;
}

void advance_scoring(soci::session& s, long long round_id, long long after_id,
                     const RoundScoring& batch) {
  s << "UPDATE self_evaluation_rounds SET score_after_id = :a, score_done = score_done + :d, "
       "score_changed = score_changed + :c, score_unanswered = score_unanswered + :u, "
       "score_refused = score_refused + :f WHERE id = :id",
      soci::use(after_id), soci::use(batch.done), soci::use(batch.changed),
      soci::use(batch.unanswered), soci::use(batch.refused), soci::use(round_id);
}

void finish_scoring(soci::session& s, long long round_id, const std::string& at) {
  s << "UPDATE self_evaluation_rounds SET score_finished_at = :at WHERE id = :id", soci::use(at),
      soci::use(round_id);
}

std::vector<long long> unfinished_scorings(soci::session& s) {
  db::Query q(
      "SELECT id FROM self_evaluation_rounds WHERE score_started_at IS NOT NULL AND "
      "score_finished_at IS NULL ORDER BY id");
  return db::fetch_all<long long>(
      s, q, [](soci::statement& st, long long& id) { st.exchange(soci::into(id)); });
}

std::optional<Evaluation> find(soci::session& s, long long id, const auth::DataScope& scope) {
  db::Query q(kColumns);
  append_filter(s, q, Filter{}, scope);
  q.sql(" AND e.id = ").bind(id);
  auto rows = fetch(s, q);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<Evaluation> list(soci::session& s, const Filter& f, const auth::DataScope& scope) {
  db::Query q(kColumns);
  append_filter(s, q, f, scope);
  if (f.after_id) q.sql(" AND e.id > ").bind(f.after_id);
  q.sql(" ORDER BY e.id").page(f.limit, f.offset);
  return fetch(s, q);
}

long long count(soci::session& s, const Filter& f, const auth::DataScope& scope) {
  db::Query q("SELECT COUNT(*) FROM self_evaluations e");
  if (f.words)
    q.sql(" LEFT JOIN projects p ON p.id = e.project_id JOIN units d ON d.id = e.department_id");
  append_filter(s, q, f, scope);
  return q.scalar(s);
}

std::vector<Evaluation> named(soci::session& s, long long year,
                              const std::vector<std::string>& codes,
                              const std::vector<std::string>& names, const auth::DataScope& scope) {
  // In slices, so that no statement binds more values than either database allows.
  constexpr std::size_t kSlice = 500;
  std::map<long long, Evaluation> found;
  const auto look = [&](const std::vector<std::string>& values, const char* column) {
    for (std::size_t from = 0; from < values.size(); from += kSlice) {
      Filter f;
      f.year = year;
      db::Query q(kColumns);
      append_filter(s, q, f, scope);
      q.sql(" AND ").sql(column).sql(" IN ('\x01'");
      for (std::size_t k = from; k < std::min(values.size(), from + kSlice); ++k)
        q.sql(", ").bind(values[k]);
      q.sql(")");
      for (auto& e : fetch(s, q)) found.emplace(e.id, std::move(e));
    }
  };
  look(codes, "p.code");
  look(names, "COALESCE(p.name, d.name)");
  std::vector<Evaluation> out;
  for (auto& [id, e] : found) out.push_back(std::move(e));
  return out;
}

bool update(soci::session& s, const Evaluation& e, long long expected_version,
            const std::vector<IndicatorResult>* scored) {
  const std::string packed = scored ? pack_scores(*scored) : std::string();
  soci::indicator has_scores = scored ? soci::i_ok : soci::i_null;
  soci::indicator submitted = e.submitted_at.empty() ? soci::i_null : soci::i_ok;
  soci::indicator decided = e.decided_at.empty() ? soci::i_null : soci::i_ok;
  const long long self_total = e.self_total.value_or(0);
  soci::indicator has_self = e.self_total ? soci::i_ok : soci::i_null;
  // The kept totals lose the evaluation as it was and gain it as it is now.
  add_evaluation_to_totals(s, e.id, -1);
  const bool done =
      db::execute_counting(
          s,
          "UPDATE self_evaluation_forms SET status = :st, initial_fen = :i, budget_fen = :b, "
          "executed_fen = :x, goal_achieved = :ga, problems = :pr, improvements = :im, opinion "
          "= :o, submitted_at = :sub, decided_at = :dec, updated_at = :up, version = version + "
          "1 WHERE id = :id AND version = :v",
          soci::use(e.status), soci::use(e.initial_fen), soci::use(e.budget_fen),
          soci::use(e.executed_fen), soci::use(e.goal_achieved), soci::use(e.problems),
          soci::use(e.improvements), soci::use(e.opinion), soci::use(e.submitted_at, submitted),
          soci::use(e.decided_at, decided), soci::use(e.updated_at), soci::use(e.id),
          soci::use(expected_version)) == 1;
  if (done)
    s << "UPDATE self_evaluation_scores SET budget_fen = :b, execution_weight = :ew, "
         "execution_score = :es, execution_detail = :ed, computed_total = :ct, self_total = "
         ":stt, grade = :g, indicator_scores = COALESCE(:is, indicator_scores) WHERE "
         "evaluation_id = :id",
        soci::use(e.budget_fen), soci::use(e.execution_weight), soci::use(e.execution_score),
        soci::use(e.execution_detail), soci::use(e.computed_total), soci::use(self_total, has_self),
        soci::use(e.grade), soci::use(packed, has_scores), soci::use(e.id);
  add_evaluation_to_totals(s, e.id, 1);
  return done;
}

std::vector<IndicatorResult> indicators(soci::session& s, long long evaluation_id) {
  struct IRow {
    IndicatorResult i;
    long long not_applicable = 0, self_score = -1, review_score = -1;
  };
  db::Query q(
      "SELECT position, category, subcategory, name, comparator, value, unit, direction, weight, "
      "actual_value, not_applicable, deviation_reason, improvement, COALESCE(self_score, -1), "
      "self_score_reason, COALESCE(review_score, -1), review_note FROM "
      "self_evaluation_indicators WHERE "
      "evaluation_id = ");
  q.bind(evaluation_id).sql(" ORDER BY position");
  std::vector<IndicatorResult> out;
  for (auto& r : db::fetch_all<IRow>(s, q, [](soci::statement&st, IRow&r) {
         auto& i = r.i;
         st.exchange(soci::into(i.position));
         st.exchange(soci::into(i.category));
         st.exchange(soci::into(i.subcategory));
         st.exchange(soci::into(i.name));
         st.exchange(soci::into(i.comparator));
         st.exchange(soci::into(i.value));
         st.exchange(soci::into(i.unit));
         st.exchange(soci::into(i.direction));
         st.exchange(soci::into(i.weight));
         st.exchange(soci::into(i.actual_value));
         st.exchange(soci::into(r.not_applicable));
         st.exchange(soci::into(i.deviation_reason));
         st.exchange(soci::into(i.improvement));
         st.exchange(soci::into(r.self_score));
         st.exchange(soci::into(i.self_score_reason));
         st.exchange(soci::into(r.review_score));
         st.exchange(soci::into(i.review_note));
       })) {
    r.i.not_applicable = r.not_applicable != 0;
    if (r.self_score >= 0) r.i.self_score = r.self_score;
    if (r.review_score >= 0) r.i.review_score = r.review_score;
    out.push_back(std::move(r.i));
  }
  std::string packed;
  s << "SELECT indicator_scores FROM self_evaluation_scores WHERE evaluation_id = :id",
      soci::use(evaluation_id), soci::into(packed);
  unpack_scores(packed, out);
  return out;
}

void update_indicators(soci::session& s, long long evaluation_id,
                       const std::vector<IndicatorResult>& items) {
  for (const auto& i : items) {
    const long long na = i.not_applicable ? 1 : 0;
    const long long self = i.self_score.value_or(0);
    soci::indicator has_self = i.self_score ? soci::i_ok : soci::i_null;
    s << "UPDATE self_evaluation_indicators SET actual_value = :a, not_applicable = :na, "
         "deviation_reason = :dr, improvement = :im, self_score = :ss, self_score_reason = :sr "
         "WHERE evaluation_id = :e AND position = :p",
        soci::use(i.actual_value), soci::use(na), soci::use(i.deviation_reason),
        soci::use(i.improvement), soci::use(self, has_self), soci::use(i.self_score_reason),
        soci::use(evaluation_id), soci::use(i.position);
  }
}

std::optional<long long> of_project(soci::session& s, long long project_id) {
  db::Query q("SELECT COALESCE(MAX(id), 0) FROM self_evaluations WHERE project_id = ");
  q.bind(project_id);
  const long long id = q.scalar(s);
  if (id == 0) return std::nullopt;
  return id;
}

}  // namespace jixiao::self_evaluation::repo
