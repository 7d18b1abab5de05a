#include "disclosure/repo.h"

#include <set>

#include "auth/scope_sql.h"
#include "base/text.h"
#include "db/query.h"

namespace jixiao::disclosure::repo {

namespace {

constexpr const char* kColumns =
    "SELECT d.id, d.kind, d.source_id, COALESCE(d.project_id, 0), d.region_id, "
    "COALESCE(d.department_id, 0), COALESCE(d.unit_id, 0), d.year, d.title, d.due, d.status, "
    "d.snapshot, d.subject, d.slug, COALESCE(d.published_at, ''), COALESCE(d.published_by, 0), "
    "COALESCE(d.withdrawn_at, ''), d.withdrawn_reason, d.version, d.created_at, d.updated_at, "
    "r.code, r.name, COALESCE(dp.name, ''), COALESCE(u.name, '') FROM disclosures d "
    "JOIN regions r ON r.id = d.region_id LEFT JOIN units dp ON dp.id = d.department_id "
    "LEFT JOIN units u ON u.id = d.unit_id";

void bind_item(soci::statement& st, Disclosure& d) {
  st.exchange(soci::into(d.id));
  st.exchange(soci::into(d.kind));
  st.exchange(soci::into(d.source_id));
  st.exchange(soci::into(d.project_id));
  st.exchange(soci::into(d.region_id));
  st.exchange(soci::into(d.department_id));
  st.exchange(soci::into(d.unit_id));
  st.exchange(soci::into(d.year));
  st.exchange(soci::into(d.title));
  st.exchange(soci::into(d.due));
  st.exchange(soci::into(d.status));
  st.exchange(soci::into(d.snapshot));
  st.exchange(soci::into(d.subject));
  st.exchange(soci::into(d.slug));
  st.exchange(soci::into(d.published_at));
  st.exchange(soci::into(d.published_by));
  st.exchange(soci::into(d.withdrawn_at));
  st.exchange(soci::into(d.withdrawn_reason));
  st.exchange(soci::into(d.version));
  st.exchange(soci::into(d.created_at));
  st.exchange(soci::into(d.updated_at));
  st.exchange(soci::into(d.region_code));
  st.exchange(soci::into(d.region_name));
  st.exchange(soci::into(d.department_name));
  st.exchange(soci::into(d.unit_name));
}

constexpr auth::ScopeColumns kScopeColumns{"d.region_id", "d.department_id", "d.unit_id"};

void append_filter(db::Query& q, const Filter& f, const auth::DataScope& scope) {
  q.sql(" WHERE ");
  auth::append_scope(q, scope, kScopeColumns);
  if (f.year) q.sql(" AND d.year = ").bind(*f.year);
  if (f.status) q.sql(" AND d.status = ").bind(*f.status);
  if (f.kind) q.sql(" AND d.kind = ").bind(*f.kind);
  if (f.region_id) q.sql(" AND d.region_id = ").bind(*f.region_id);
  if (f.department_id) q.sql(" AND d.department_id = ").bind(*f.department_id);
  if (f.overdue_on) q.sql(" AND d.status <> 'published' AND d.due < ").bind(*f.overdue_on);
  if (f.due_on) q.sql(" AND (d.status = 'published' OR d.due <= ").bind(*f.due_on).sql(")");
  if (f.title)
    q.sql(" AND d.title LIKE ").bind("%" + escape_like(*f.title) + "%").sql(" ESCAPE '\\'");
}

// The ISO day `days` after the first ten characters of a stored time, in SQL.
std::string plus_days_sql(db::Dialect dialect, const std::string& column, long long days) {
  const std::string n = std::to_string(days);
  if (dialect == db::Dialect::sqlite)
    return "date(substr(" + column + ", 1, 10), '+" + n + " days')";
  return "to_char(CAST(substr(" + column + ", 1, 10) AS date) + " + n + ", 'YYYY-MM-DD')";
}

const char* kInsert =
    "INSERT INTO disclosures (kind, source_id, project_id, region_id, department_id, unit_id, "
    "year, title, due, status, subject, slug, created_at, updated_at) ";

// region code / year / project code
const char* kProjectSubject = "r.code || '/' || CAST(p.year AS TEXT) || '/' || p.code";

long long run_counting(soci::session& s, db::Query& q) {
  soci::statement st(s);
  q.execute(st, true);  // with its values bound
  return st.get_affected_rows();
}

}  // namespace

long long open_region(soci::session& s, db::Dialect dialect, long long region_id, long long year,
                      const DueSettings& settings, const std::string& now) {
  const std::string subject = kProjectSubject;
  long long added = 0;
  {
    // R-DI-2: a target with the budget, 20 days after its approval: a project's, or a
    // department's as a whole (its subject the department's own, "d" and its id).
    const std::string t_subject =
        "CASE WHEN p.id IS NULL THEN r.code || '/' || CAST(t.year AS TEXT) || '/d' || "
        "CAST(t.department_id AS TEXT) ELSE " +
        subject + " END";
    db::Query q(kInsert);
    q.sql(
         "SELECT 'target', t.id, t.project_id, t.region_id, t.department_id, t.unit_id, t.year, "
         "COALESCE(p.name, dp.name || '部门整体支出'), " +
         plus_days_sql(dialect, "t.decided_at", settings.budget_days) + ", 'due', " + t_subject +
         ", " + t_subject + " || '/target', ")
        .sql("CAST(")
        .bind(now)
        .sql(" AS TEXT), CAST(")
        .bind(now)
        .sql(
            " AS TEXT) FROM targets t LEFT JOIN projects p ON p.id = t.project_id "
            "JOIN units dp ON dp.id = t.department_id "
            "JOIN regions r ON r.id = COALESCE(p.region_id, t.region_id) WHERE t.year = ")
        .bind(year)
        .sql(" AND t.region_id = ")
        .bind(region_id)
        .sql(
            " AND t.status IN ('approved', 'adjusting') "
            "AND t.decided_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM disclosures x "
            "WHERE x.kind = 'target' AND x.source_id = t.id)");
    added += run_counting(s, q);
  }
  {
    // The ex-ante report with the budget too: once its project's target is approved.
    db::Query q(kInsert);
    q.sql(
         "SELECT 'assessment', a.id, a.project_id, a.region_id, a.department_id, a.unit_id, "
         "a.year, p.name, " +
         plus_days_sql(dialect, "t.decided_at", settings.budget_days) + ", 'due', " + subject +
         ", " + subject + " || '/assessment', ")
        .sql("CAST(")
        .bind(now)
        .sql(" AS TEXT), CAST(")
        .bind(now)
        .sql(
            " AS TEXT) FROM assessments a JOIN projects p ON p.id = a.project_id "
            "JOIN regions r ON r.id = p.region_id JOIN targets t ON t.project_id = a.project_id "
            "AND t.kind = 'project' AND t.status IN ('approved', 'adjusting') "
            "AND t.decided_at IS NOT NULL WHERE a.year = ")
        .bind(year)
        .sql(" AND a.region_id = ")
        .bind(region_id)
        .sql(
            " AND a.status = 'concluded' AND NOT EXISTS (SELECT 1 FROM disclosures x "
            "WHERE x.kind = 'assessment' AND x.source_id = a.id)");
    added += run_counting(s, q);
  }
  {
    // Self-evaluations with the final accounts: the day the region approves them, + 20 days; a
    // department's as a whole under the department's subject.
    const std::string e_subject =
        "CASE WHEN p.id IS NULL THEN r.code || '/' || CAST(e.year AS TEXT) || '/d' || "
        "CAST(e.department_id AS TEXT) ELSE " +
        subject + " END";
    db::Query q(kInsert);
    q.sql(
         "SELECT 'self_evaluation', e.id, e.project_id, e.region_id, e.department_id, "
         "e.unit_id, e.year, COALESCE(p.name, dp.name || '部门整体支出'), ")
        .sql("CAST(")
        .bind(self_evaluation_due(settings, year))
        .sql(" AS TEXT), 'due', " + e_subject + ", " + e_subject + " || '/self_evaluation', ")
        .sql("CAST(")
        .bind(now)
        .sql(" AS TEXT), CAST(")
        .bind(now)
        .sql(
            " AS TEXT) FROM self_evaluations e LEFT JOIN projects p ON p.id = e.project_id "
            "JOIN units dp ON dp.id = e.department_id "
            "JOIN regions r ON r.id = COALESCE(p.region_id, e.region_id) WHERE e.year = ")
        .bind(year)
        .sql(" AND e.region_id = ")
        .bind(region_id)
        .sql(
            " AND e.status = 'accepted' AND NOT EXISTS (SELECT 1 FROM "
            "disclosures x WHERE x.kind = 'self_evaluation' AND x.source_id = e.id)");
    added += run_counting(s, q);
  }
  {
    // Key evaluations on their own, 20 days after the results were sent [jixiao]; one about no
    // project has its own subject.
    const std::string ke_subject =
        "CASE WHEN p.id IS NULL THEN r.code || '/' || CAST(k.year AS TEXT) || '/k' || "
        "CAST(k.id AS TEXT) ELSE " +
        subject + " END";
    db::Query q(kInsert);
    q.sql(
         "SELECT 'key_evaluation', k.id, k.project_id, k.region_id, k.department_id, k.unit_id, "
         "k.year, COALESCE(p.name, k.name), " +
         plus_days_sql(dialect, "k.results_sent_at", settings.results_days) + ", 'due', " +
         ke_subject + ", " + ke_subject + " || '/key_evaluation-' || CAST(k.id AS TEXT), ")
        .sql("CAST(")
        .bind(now)
        .sql(" AS TEXT), CAST(")
        .bind(now)
        .sql(
            " AS TEXT) FROM key_evaluations k LEFT JOIN projects p ON p.id = k.project_id "
            "JOIN regions r ON r.id = COALESCE(p.region_id, k.region_id) WHERE k.year = ")
        .bind(year)
        .sql(" AND k.region_id = ")
        .bind(region_id)
        .sql(
            " AND k.results_sent_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM disclosures x "
            "WHERE x.kind = 'key_evaluation' AND x.source_id = k.id)");
    added += run_counting(s, q);
  }
  return added;
}

std::optional<Disclosure> find(soci::session& s, long long id, const auth::DataScope& scope) {
  db::Query q(kColumns);
  append_filter(q, {}, scope);
  q.sql(" AND d.id = ").bind(id);
  return db::fetch_first<Disclosure>(s, q, bind_item);
}

std::vector<Disclosure> list(soci::session& s, const Filter& f, const auth::DataScope& scope) {
  db::Query q(kColumns);
  append_filter(q, f, scope);
  if (f.after_id > 0) q.sql(" AND d.id < ").bind(f.after_id);
  q.sql(" ORDER BY d.id DESC").page(f.limit, f.offset);
  return db::fetch_all<Disclosure>(s, q, bind_item);
}

long long count(soci::session& s, const Filter& f, const auth::DataScope& scope) {
  db::Query q("SELECT COUNT(*) FROM disclosures d");
  append_filter(q, f, scope);
  return q.scalar(s);
}

bool update(soci::session& s, const Disclosure& d, long long expected_version) {
  const std::string published_at = d.published_at, withdrawn_at = d.withdrawn_at;
  soci::indicator pa = published_at.empty() ? soci::i_null : soci::i_ok;
  soci::indicator wa = withdrawn_at.empty() ? soci::i_null : soci::i_ok;
  soci::indicator pb = d.published_by ? soci::i_ok : soci::i_null;
  return db::execute_counting(
             s,
             "UPDATE disclosures SET status = :st, snapshot = :sn, published_at = :pa, "
             "published_by = :pb, withdrawn_at = :wa, withdrawn_reason = :wr, updated_at = :up, "
             "version = version + 1 WHERE id = :id AND version = :v",
             soci::use(d.status), soci::use(d.snapshot), soci::use(published_at, pa),
             soci::use(d.published_by, pb), soci::use(withdrawn_at, wa),
             soci::use(d.withdrawn_reason), soci::use(d.updated_at), soci::use(d.id),
             soci::use(expected_version)) == 1;
}

std::vector<std::string> known_names(soci::session& s) {
  std::set<std::string> names;
  std::string n;
  for (const char* sql : {"SELECT display_name FROM users", "SELECT name FROM experts",
                          "SELECT contact_person FROM agencies"}) {
    soci::statement st = (s.prepare << sql, soci::into(n));
    st.execute();
    while (st.fetch())
      if (auto p = person_name(n); !p.empty()) names.insert(std::move(p));
  }
  return {names.begin(), names.end()};
}

}  // namespace jixiao::disclosure::repo
