#include "assessment/repo.h"

#include <algorithm>
#include <tuple>

#include "auth/scope_sql.h"
#include "db/database.h"
#include "db/query.h"

namespace jixiao::assessment::repo {

namespace {

constexpr const char* kColumns =
    "SELECT a.id, a.region_id, a.year, a.project_id, a.unit_id, a.department_id, a.kind, "
    "a.level, a.status, a.amount_fen, a.self_score, a.key_score, a.final_score, a.grade, "
    "a.conclusion, a.self_report, a.opinion, COALESCE(a.suggested_amount_fen, -1), "
    "a.suggested_target_changes, a.suggestions_accepted, COALESCE(a.suggestions_accepted_at, ''), "
    "a.version, COALESCE(a.submitted_at, ''), COALESCE(a.concluded_at, ''), a.created_at, "
    "a.updated_at, p.code, p.name, p.category, p.amount_fen, u.name, d.name "
    "FROM assessments a JOIN projects p ON p.id = a.project_id "
    "JOIN units u ON u.id = a.unit_id JOIN units d ON d.id = a.department_id";

struct Row {
  Assessment a;
  long long accepted = 0;
};

void bind_row(soci::statement& st, Row& r) {
  Assessment& a = r.a;
  st.exchange(soci::into(a.id));
  st.exchange(soci::into(a.region_id));
  st.exchange(soci::into(a.year));
  st.exchange(soci::into(a.project_id));
  st.exchange(soci::into(a.unit_id));
  st.exchange(soci::into(a.department_id));
  st.exchange(soci::into(a.kind));
  st.exchange(soci::into(a.level));
  st.exchange(soci::into(a.status));
  st.exchange(soci::into(a.amount_fen));
  st.exchange(soci::into(a.self_score));
  st.exchange(soci::into(a.key_score));
  st.exchange(soci::into(a.final_score));
  st.exchange(soci::into(a.grade));
  st.exchange(soci::into(a.conclusion));
  st.exchange(soci::into(a.self_report));
  st.exchange(soci::into(a.opinion));
  st.exchange(soci::into(a.suggested_amount_fen));
  st.exchange(soci::into(a.suggested_target_changes));
  st.exchange(soci::into(r.accepted));
  st.exchange(soci::into(a.suggestions_accepted_at));
  st.exchange(soci::into(a.version));
  st.exchange(soci::into(a.submitted_at));
  st.exchange(soci::into(a.concluded_at));
  st.exchange(soci::into(a.created_at));
  st.exchange(soci::into(a.updated_at));
  st.exchange(soci::into(a.project_code));
  st.exchange(soci::into(a.project_name));
  st.exchange(soci::into(a.project_category));
  st.exchange(soci::into(a.project_amount_fen));
  st.exchange(soci::into(a.unit_name));
  st.exchange(soci::into(a.department_name));
}

void finish_row(Row& r) { r.a.suggestions_accepted = r.accepted != 0; }

constexpr auth::ScopeColumns kScopeColumns{"a.region_id", "a.department_id", "a.unit_id"};

void append_filter(db::Query& q, const Filter& f, const Reader& reader) {
  q.sql(" WHERE ");
  if (reader.scorer_id > 0) {
    q.sql("a.id IN (SELECT assessment_id FROM assessment_scorers WHERE scorer_id = ");
    q.bind(reader.scorer_id);
    if (f.unscored_only) q.sql(" AND submitted_at IS NULL");
    q.sql(")");
  } else {
    auth::append_scope(q, reader.scope, kScopeColumns);
  }
  if (f.queue) {
    q.sql(" AND (1 = 0");
    for (const auto& state : f.queue->states) q.sql(" OR a.status = ").bind(state);
    for (const auto& state : f.queue->states_without_section)
      q.sql(" OR (a.status = ")
          .bind(state)
          .sql(" AND a.department_id IN (SELECT id FROM units WHERE section_id IS NULL))");
    q.sql(")");
  }
  if (f.year) q.sql(" AND a.year = ").bind(*f.year);
  if (f.status) q.sql(" AND a.status = ").bind(*f.status);
  if (f.level) q.sql(" AND a.level = ").bind(*f.level);
  if (f.conclusion) q.sql(" AND a.conclusion = ").bind(*f.conclusion);
  if (f.department_id) q.sql(" AND a.department_id = ").bind(*f.department_id);
  if (f.project_id) q.sql(" AND a.project_id = ").bind(*f.project_id);
}

// An assessment's key in assessment_totals, and what it kept out of the budget: all of a
// project not supported, else what the suggested amount cut.
#define JIXIAO_ASSESSMENT_TOTALS_KEY \
  "a.year, a.region_id, a.department_id, a.level, a.status, a.conclusion, a.grade"
constexpr const char* kKeptOut =
    "CASE WHEN a.status <> 'concluded' THEN 0 WHEN a.conclusion = 'not_supported' THEN "
    "a.amount_fen WHEN a.suggested_amount_fen IS NOT NULL AND a.suggested_amount_fen < "
    "a.amount_fen THEN a.amount_fen - a.suggested_amount_fen ELSE 0 END";
constexpr const char* kTotalsInsert =
    "INSERT INTO assessment_totals (year, region_id, department_id, level, status, conclusion, "
    "grade, assessments, amount_fen, kept_out_fen) SELECT " JIXIAO_ASSESSMENT_TOTALS_KEY ", ";
constexpr const char* kTotalsGroup = " GROUP BY " JIXIAO_ASSESSMENT_TOTALS_KEY;
#undef JIXIAO_ASSESSMENT_TOTALS_KEY

}  // namespace

std::optional<Assessment> find(soci::session& s, long long id, const Reader& reader) {
  db::Query q(kColumns);
  append_filter(q, Filter{}, reader);
  q.sql(" AND a.id = ").bind(id);
  auto row = db::fetch_first<Row>(s, q, bind_row);
  if (!row) return std::nullopt;
  finish_row(*row);
  return row->a;
}

std::optional<long long> of_project(soci::session& s, long long project_id) {
  db::Query q("SELECT COALESCE(MAX(id), 0) FROM assessments WHERE project_id = ");
  q.bind(project_id);
  const long long id = q.scalar(s);
  if (id == 0) return std::nullopt;
  return id;
}

std::vector<Assessment> list(soci::session& s, const Filter& f, const Reader& reader) {
  db::Query q(kColumns);
  append_filter(q, f, reader);
  if (f.after_id) q.sql(" AND a.id > ").bind(f.after_id);
  q.sql(" ORDER BY a.id").page(f.limit, f.offset);
  auto rows = db::fetch_all<Row>(s, q, bind_row, finish_row);
  std::vector<Assessment> out;
  out.reserve(rows.size());
  for (auto& r : rows) out.push_back(std::move(r.a));
  return out;
}

long long count(soci::session& s, const Filter& f, const Reader& reader) {
  // assessment_totals keeps year, region, department, level, status and conclusion: a region
  // tree's counts sum a few thousand rows.
  if (f.year && reader.scorer_id == 0 && reader.scope.kind != auth::DataScope::Kind::unit &&
      !f.project_id) {
    db::Query q("SELECT CAST(COALESCE(SUM(a.assessments), 0) AS BIGINT) FROM assessment_totals a");
    append_filter(q, f, reader);
    return q.scalar(s);
  }
  db::Query q("SELECT COUNT(*) FROM assessments a");
  append_filter(q, f, reader);
  return q.scalar(s);
}

void add_to_totals(soci::session& s, long long id, long long sign) {
  s << std::string(kTotalsInsert) +
           "CAST(:s AS BIGINT), CAST(:s2 AS BIGINT) * a.amount_fen, CAST(:s3 AS BIGINT) * (" +
           kKeptOut +
           ") FROM assessments a WHERE a.id = :id ON CONFLICT (year, region_id, department_id, "
           "level, status, conclusion, grade) DO UPDATE SET assessments = "
           "assessment_totals.assessments + excluded.assessments, amount_fen = "
           "assessment_totals.amount_fen + excluded.amount_fen, kept_out_fen = "
           "assessment_totals.kept_out_fen + excluded.kept_out_fen",
      soci::use(sign), soci::use(sign), soci::use(sign), soci::use(id);
}

void rebuild_totals(soci::session& s, long long year) {
  s << "DELETE FROM assessment_totals WHERE year = :y", soci::use(year);
  s << std::string(kTotalsInsert) + "COUNT(*), SUM(a.amount_fen), SUM(" + kKeptOut +
           ") FROM assessments a WHERE a.year = :y" + kTotalsGroup,
      soci::use(year);
}

long long insert(soci::session& s, const Assessment& a) {
  long long id = 0;
  s << "INSERT INTO assessments (region_id, year, project_id, unit_id, department_id, kind, "
       "level, status, amount_fen, created_at, updated_at) VALUES (:r, :y, :p, :u, :d, :k, :l, "
       ":st, :a, :c, :up) RETURNING id",
      soci::use(a.region_id), soci::use(a.year), soci::use(a.project_id), soci::use(a.unit_id),
      soci::use(a.department_id), soci::use(a.kind), soci::use(a.level), soci::use(a.status),
      soci::use(a.amount_fen), soci::use(a.created_at), soci::use(a.updated_at), soci::into(id);
  add_to_totals(s, id, 1);
  return id;
}

bool update(soci::session& s, const Assessment& a, long long expected_version) {
  add_to_totals(s, a.id, -1);
  soci::indicator suggested_ind = a.suggested_amount_fen >= 0 ? soci::i_ok : soci::i_null;
  soci::indicator accepted_ind = a.suggestions_accepted_at.empty() ? soci::i_null : soci::i_ok;
  soci::indicator submitted_ind = a.submitted_at.empty() ? soci::i_null : soci::i_ok;
  soci::indicator concluded_ind = a.concluded_at.empty() ? soci::i_null : soci::i_ok;
  const long long accepted = a.suggestions_accepted ? 1 : 0;
  const bool done =
      db::execute_counting(
          s,
          "UPDATE assessments SET kind = :k, level = :l, status = :st, self_score = :ss, "
          "key_score = :ks, final_score = :fs, grade = :g, conclusion = :c, self_report = :sr, "
          "opinion = :o, suggested_amount_fen = :sa, suggested_target_changes = :stc, "
          "suggestions_accepted = :acc, suggestions_accepted_at = :acc_at, submitted_at = :sub, "
          "concluded_at = :con, updated_at = :up, version = version + 1 WHERE id = :id AND "
          "version = :v",
          soci::use(a.kind), soci::use(a.level), soci::use(a.status), soci::use(a.self_score),
          soci::use(a.key_score), soci::use(a.final_score), soci::use(a.grade),
          soci::use(a.conclusion), soci::use(a.self_report), soci::use(a.opinion),
          soci::use(a.suggested_amount_fen, suggested_ind), soci::use(a.suggested_target_changes),
          soci::use(accepted), soci::use(a.suggestions_accepted_at, accepted_ind),
          soci::use(a.submitted_at, submitted_ind), soci::use(a.concluded_at, concluded_ind),
          soci::use(a.updated_at), soci::use(a.id), soci::use(expected_version)) > 0;
  add_to_totals(s, a.id, 1);
  return done;
}

void replace_items(soci::session& s, long long assessment_id, const std::string& stage,
                   long long scorer_id, const std::vector<ItemScore>& items) {
  s << "DELETE FROM assessment_item_scores WHERE assessment_id = :a AND stage = :s AND "
       "scorer_id = :u",
      soci::use(assessment_id), soci::use(stage), soci::use(scorer_id);
  long long position = 0;
  for (const auto& item : items) {
    s << "INSERT INTO assessment_item_scores (assessment_id, stage, scorer_id, item_key, "
         "position, score) VALUES (:a, :s, :u, :k, :p, :v)",
        soci::use(assessment_id), soci::use(stage), soci::use(scorer_id), soci::use(item.key),
        soci::use(position), soci::use(item.score);
    ++position;
  }
}

std::vector<ItemScore> items(soci::session& s, long long assessment_id, const std::string& stage,
                             long long scorer_id) {
  db::Query q("SELECT item_key, score FROM assessment_item_scores WHERE assessment_id = ");
  q.bind(assessment_id).sql(" AND stage = ").bind(stage).sql(" AND scorer_id = ").bind(scorer_id);
  q.sql(" ORDER BY position");
  return db::fetch_all<ItemScore>(s, q, [](soci::statement& st, ItemScore& i) {
    st.exchange(soci::into(i.key));
    st.exchange(soci::into(i.score));
  });
}

std::vector<Scorer> scorers(soci::session& s, long long assessment_id) {
  db::Query q(
      "SELECT c.id, c.assessment_id, c.scorer_id, u.display_name, u.role, c.total, c.opinion, "
      "COALESCE(c.submitted_at, ''), c.assigned_at FROM assessment_scorers c JOIN users u ON "
      "u.id = c.scorer_id WHERE c.assessment_id = ");
  q.bind(assessment_id).sql(" ORDER BY c.id");
  auto out = db::fetch_all<Scorer>(s, q, [](soci::statement& st, Scorer& c) {
    st.exchange(soci::into(c.id));
    st.exchange(soci::into(c.assessment_id));
    st.exchange(soci::into(c.scorer_id));
    st.exchange(soci::into(c.scorer_name));
    st.exchange(soci::into(c.scorer_role));
    st.exchange(soci::into(c.total));
    st.exchange(soci::into(c.opinion));
    st.exchange(soci::into(c.submitted_at));
    st.exchange(soci::into(c.assigned_at));
  });
  for (auto& c : out) c.items = items(s, assessment_id, "key", c.scorer_id);
  return out;
}

bool assign(soci::session& s, long long assessment_id, long long scorer_id, long long assigned_by,
            const std::string& at) {
  db::Query q("SELECT COUNT(*) FROM assessment_scorers WHERE assessment_id = ");
  q.bind(assessment_id).sql(" AND scorer_id = ").bind(scorer_id);
  if (q.scalar(s) > 0) return false;
  s << "INSERT INTO assessment_scorers (assessment_id, scorer_id, assigned_by, assigned_at) "
       "VALUES (:a, :u, :b, :t)",
      soci::use(assessment_id), soci::use(scorer_id), soci::use(assigned_by), soci::use(at);
  return true;
}

void save_scorer(soci::session& s, const Scorer& c) {
  soci::indicator submitted_ind = c.submitted_at.empty() ? soci::i_null : soci::i_ok;
  s << "UPDATE assessment_scorers SET total = :t, opinion = :o, submitted_at = :s WHERE id = :id",
      soci::use(c.total), soci::use(c.opinion), soci::use(c.submitted_at, submitted_ind),
      soci::use(c.id);
}

std::optional<MajorMark> major(soci::session& s, long long project_id) {
  db::Query q(
      "SELECT m.project_id, m.marked_by, u.display_name, m.reason, m.marked_at FROM "
      "assessment_major_projects m JOIN users u ON u.id = m.marked_by WHERE m.project_id = ");
  q.bind(project_id);
  return db::fetch_first<MajorMark>(s, q, [](soci::statement& st, MajorMark& m) {
    st.exchange(soci::into(m.project_id));
    st.exchange(soci::into(m.marked_by));
    st.exchange(soci::into(m.marked_by_name));
    st.exchange(soci::into(m.reason));
    st.exchange(soci::into(m.marked_at));
  });
}

void mark_major(soci::session& s, const MajorMark& m) {
  s << "INSERT INTO assessment_major_projects (project_id, marked_by, reason, marked_at) VALUES "
       "(:p, :b, :r, :t) ON CONFLICT (project_id) DO UPDATE SET marked_by = excluded.marked_by, "
       "reason = excluded.reason, marked_at = excluded.marked_at",
      soci::use(m.project_id), soci::use(m.marked_by), soci::use(m.reason), soci::use(m.marked_at);
}

std::vector<long long> writers(soci::session& s, const std::string& entity, long long id,
                               const std::vector<std::string>& actions) {
  db::Query q("SELECT DISTINCT actor_id FROM audit_log WHERE entity = ");
  q.bind(entity).sql(" AND entity_id = ").bind(id).sql(" AND actor_id IS NOT NULL AND action IN (");
  for (std::size_t i = 0; i < actions.size(); ++i) {
    if (i) q.sql(", ");
    q.bind(actions[i]);
  }
  q.sql(")");
  return db::fetch_all<long long>(
      s, q, [](soci::statement& st, long long& v) { st.exchange(soci::into(v)); });
}

namespace {

// The grouped rows in key order, sorted here rather than by ORDER BY: with an ORDER BY on the
// grouping keys PostgreSQL sorts every kept row to group them (tens of thousands at a province's
// scale, compared by the locale) where without it it hashes them (EXPLAIN ANALYZE at N =
// 1,000,000: 81–175 ms → 34–39 ms). The keys are ASCII codes: byte order is SQL's order.
std::vector<TotalsRow> read_totals(soci::session& s, db::Query& q) {
  auto rows = db::fetch_all<TotalsRow>(s, q, [](soci::statement& st, TotalsRow& r) {
    st.exchange(soci::into(r.level));
    st.exchange(soci::into(r.status));
    st.exchange(soci::into(r.conclusion));
    st.exchange(soci::into(r.grade));
    st.exchange(soci::into(r.assessments));
    st.exchange(soci::into(r.amount_fen));
    st.exchange(soci::into(r.kept_out_fen));
  });
  std::ranges::sort(rows, {}, [](const TotalsRow& r) {
    return std::tie(r.level, r.status, r.conclusion, r.grade);
  });
  return rows;
}

constexpr const char* kTotalsKeys = "a.level, a.status, a.conclusion, a.grade";

}  // namespace

std::vector<TotalsRow> totals(soci::session& s, long long year, const auth::DataScope& scope) {
  if (scope.kind == auth::DataScope::Kind::unit) return recount(s, year, scope);
  db::Query q(std::string("SELECT ") + kTotalsKeys +
              ", CAST(SUM(a.assessments) AS BIGINT), CAST(SUM(a.amount_fen) AS BIGINT), "
              "CAST(SUM(a.kept_out_fen) AS BIGINT) FROM assessment_totals a WHERE ");
  auth::append_scope(q, scope, kScopeColumns);
  q.sql(" AND a.year = ").bind(year);
  q.sql(" GROUP BY ").sql(kTotalsKeys).sql(" HAVING SUM(a.assessments) <> 0");
  return read_totals(s, q);
}

std::vector<TotalsRow> recount(soci::session& s, long long year, const auth::DataScope& scope) {
  db::Query q(std::string("SELECT ") + kTotalsKeys +
              ", CAST(COUNT(*) AS BIGINT), CAST(SUM(a.amount_fen) AS BIGINT), CAST(SUM(" +
              kKeptOut + ") AS BIGINT) FROM assessments a WHERE ");
  auth::append_scope(q, scope, kScopeColumns);
  q.sql(" AND a.year = ").bind(year);
  q.sql(" GROUP BY ").sql(kTotalsKeys);
  return read_totals(s, q);
}

}  // namespace jixiao::assessment::repo
