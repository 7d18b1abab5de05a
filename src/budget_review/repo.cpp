#include "budget_review/repo.h"

#include "auth/scope_sql.h"
#include "base/text.h"
#include "db/query.h"

namespace jixiao::budget_review::repo {

namespace {

constexpr const char* kColumns =
    "SELECT b.id, b.project_id, b.region_id, b.year, b.department_id, b.unit_id, b.fund_type, "
    "b.submitted_fen, COALESCE(b.approved_fen, -1), b.cut_reason, b.comment, "
    "COALESCE(b.reviewer_id, 0), COALESCE(b.reviewed_at, ''), b.status, b.version, b.created_at, "
    "b.updated_at, p.code, p.name, p.status, u.name, d.name, COALESCE(r.display_name, '') "
    "FROM budget_reviews b JOIN projects p ON p.id = b.project_id "
    "JOIN units u ON u.id = b.unit_id JOIN units d ON d.id = b.department_id "
    "LEFT JOIN users r ON r.id = b.reviewer_id";

struct Row {
  Review r;
  long long approved = -1;
};

void bind_row(soci::statement& st, Row& row) {
  Review& r = row.r;
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.project_id));
  st.exchange(soci::into(r.region_id));
  st.exchange(soci::into(r.year));
  st.exchange(soci::into(r.department_id));
  st.exchange(soci::into(r.unit_id));
  st.exchange(soci::into(r.fund_type));
  st.exchange(soci::into(r.submitted_fen));
  st.exchange(soci::into(row.approved));
  st.exchange(soci::into(r.cut_reason));
  st.exchange(soci::into(r.comment));
  st.exchange(soci::into(r.reviewer_id));
  st.exchange(soci::into(r.reviewed_at));
  st.exchange(soci::into(r.status));
  st.exchange(soci::into(r.version));
  st.exchange(soci::into(r.created_at));
  st.exchange(soci::into(r.updated_at));
  st.exchange(soci::into(r.project_code));
  st.exchange(soci::into(r.project_name));
  st.exchange(soci::into(r.project_status));
  st.exchange(soci::into(r.unit_name));
  st.exchange(soci::into(r.department_name));
  st.exchange(soci::into(r.reviewer_name));
}

std::vector<Review> fetch(soci::session& s, db::Query& q) {
  std::vector<Review> out;
  for (auto& row : db::fetch_all<Row>(s, q, bind_row)) {
    if (row.approved >= 0) row.r.approved_fen = row.approved;
    out.push_back(std::move(row.r));
  }
  return out;
}

constexpr auth::ScopeColumns kScope{"b.region_id", "b.department_id", "b.unit_id"};

void append_filter(db::Query& q, const ReviewFilter& f, const auth::DataScope& scope,
                   bool with_words) {
  q.sql(" WHERE ");
  auth::append_scope(q, scope, kScope);
  if (f.year) q.sql(" AND b.year = ").bind(*f.year);
  if (f.department_id) q.sql(" AND b.department_id = ").bind(*f.department_id);
  if (f.project_id) q.sql(" AND b.project_id = ").bind(*f.project_id);
  if (f.status)
    q.sql(" AND b.status = ").bind(*f.status);
  else
    q.sql(" AND b.status <> 'withdrawn'");
  if (with_words && f.words && !f.words->empty()) {
    const std::string like = "%" + escape_like(*f.words) + "%";
    q.sql(" AND (p.name LIKE ").bind(like).sql(" ESCAPE '\\' OR p.code LIKE ").bind(like);
    q.sql(" ESCAPE '\\')");
  }
}

// A review's cell of budget_review_totals, added (sign 1) or taken away (-1): approved and cut
// money count for done reviews only.
void add_to_totals(soci::session& s, long long id, long long sign) {
  s << "INSERT INTO budget_review_totals (year, region_id, department_id, fund_type, status, "
       "reviews, submitted_fen, approved_fen, cut_fen) SELECT b.year, b.region_id, "
       "b.department_id, b.fund_type, b.status, CAST(:s1 AS BIGINT), CAST(:s2 AS BIGINT) * "
       "b.submitted_fen, CASE WHEN b.status = 'done' THEN CAST(:s3 AS BIGINT) * "
       "COALESCE(b.approved_fen, 0) ELSE 0 END, CASE WHEN b.status = 'done' THEN CAST(:s4 AS "
       "BIGINT) * (b.submitted_fen - COALESCE(b.approved_fen, 0)) ELSE 0 END FROM "
       "budget_reviews b WHERE b.id = :id ON CONFLICT (year, region_id, department_id, "
       "fund_type, status) DO UPDATE SET reviews = budget_review_totals.reviews + "
       "excluded.reviews, submitted_fen = budget_review_totals.submitted_fen + "
       "excluded.submitted_fen, approved_fen = budget_review_totals.approved_fen + "
       "excluded.approved_fen, cut_fen = budget_review_totals.cut_fen + excluded.cut_fen",
      soci::use(sign), soci::use(sign), soci::use(sign), soci::use(sign), soci::use(id);
}

void bind_totals(soci::statement& st, TotalsRow& r) {
  st.exchange(soci::into(r.region_id));
  st.exchange(soci::into(r.department_id));
  st.exchange(soci::into(r.fund_type));
  st.exchange(soci::into(r.status));
  st.exchange(soci::into(r.reviews));
  st.exchange(soci::into(r.submitted_fen));
  st.exchange(soci::into(r.approved_fen));
  st.exchange(soci::into(r.cut_fen));
}

Figures fold(const std::vector<TotalsRow>& rows) {
  Figures f;
  for (const auto& r : rows) f.add(figures_of(r));
  return f;
}

}  // namespace

Figures figures_of(const TotalsRow& r) {
  Figures f;
  if (r.status == "done") {
    f.done = r.reviews;
    f.submitted_fen = r.submitted_fen;
    f.approved_fen = r.approved_fen;
    f.cut_fen = r.cut_fen;
  } else if (r.status == "pending") {
    f.pending = r.reviews;
    f.pending_fen = r.submitted_fen;
  }
  return f;
}

std::optional<Review> find_by_project(soci::session& s, long long project_id,
                                      const auth::DataScope& scope) {
  db::Query q(kColumns);
  q.sql(" WHERE b.project_id = ").bind(project_id).sql(" AND ");
  auth::append_scope(q, scope, kScope);
  auto rows = fetch(s, q);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::optional<Review> find_by_project(soci::session& s, long long project_id) {
  db::Query q(kColumns);
  q.sql(" WHERE b.project_id = ").bind(project_id);
  auto rows = fetch(s, q);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::optional<Review> find_by_code(soci::session& s, long long region_id, long long year,
                                   const std::string& code) {
  db::Query q(kColumns);
  q.sql(" WHERE p.region_id = ").bind(region_id).sql(" AND p.year = ").bind(year);
  q.sql(" AND p.code = ").bind(code);
  auto rows = fetch(s, q);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<Review> list(soci::session& s, const ReviewFilter& f, const auth::DataScope& scope) {
  db::Query q(kColumns);
  append_filter(q, f, scope, true);
  if (f.after_id) q.sql(" AND b.id > ").bind(f.after_id);
  q.sql(" ORDER BY b.id");
  q.page(f.limit, f.offset);
  return fetch(s, q);
}

long long list_count(soci::session& s, const ReviewFilter& f, const auth::DataScope& scope) {
  db::Query q("SELECT COUNT(*) FROM budget_reviews b JOIN projects p ON p.id = b.project_id");
  append_filter(q, f, scope, true);
  return q.scalar(s);
}

Figures list_figures(soci::session& s, const ReviewFilter& f, const auth::DataScope& scope) {
  const bool words = f.words && !f.words->empty();
  if (!words && !f.project_id && scope.kind != auth::DataScope::Kind::unit) {
    // The kept totals hold year, region, department, fund type and status: enough for every
    // filter but the words, and every scope but a unit's.
    db::Query q(
        "SELECT b.region_id, b.department_id, b.fund_type, b.status, "
        "CAST(SUM(b.reviews) AS BIGINT), CAST(SUM(b.submitted_fen) AS BIGINT), "
        "CAST(SUM(b.approved_fen) AS BIGINT), CAST(SUM(b.cut_fen) AS BIGINT) "
        "FROM budget_review_totals b");
    append_filter(q, f, scope, false);
    q.sql(" GROUP BY b.region_id, b.department_id, b.fund_type, b.status");
    return fold(db::fetch_all<TotalsRow>(s, q, bind_totals));
  }
  db::Query q(
      "SELECT 0, 0, '', b.status, COUNT(*), CAST(COALESCE(SUM(b.submitted_fen), 0) AS BIGINT), "
      "CAST(COALESCE(SUM(COALESCE(b.approved_fen, 0)), 0) AS BIGINT), "
      "CAST(COALESCE(SUM(CASE WHEN b.approved_fen IS NULL THEN 0 ELSE b.submitted_fen - "
      "b.approved_fen END), 0) AS BIGINT) FROM budget_reviews b JOIN projects p ON p.id = "
      "b.project_id");
  append_filter(q, f, scope, true);
  q.sql(" GROUP BY b.status");
  return fold(db::fetch_all<TotalsRow>(s, q, bind_totals));
}

long long insert(soci::session& s, const Review& r) {
  soci::indicator approved_ind = r.approved_fen ? soci::i_ok : soci::i_null;
  const long long approved = r.approved_fen.value_or(0);
  soci::indicator reviewer_ind = r.reviewer_id ? soci::i_ok : soci::i_null;
  soci::indicator reviewed_ind = r.reviewed_at.empty() ? soci::i_null : soci::i_ok;
  const long long id = db::insert_returning(
      s,
      "INSERT INTO budget_reviews (project_id, region_id, year, department_id, unit_id, "
      "fund_type, submitted_fen, approved_fen, cut_reason, comment, reviewer_id, reviewed_at, "
      "status, created_at, updated_at) VALUES (:p, :r, :y, :d, :u, :f, :s, :a, :c, :m, :rv, :ra, "
      ":st, :ca, :ua)",
      soci::use(r.project_id), soci::use(r.region_id), soci::use(r.year),
      soci::use(r.department_id), soci::use(r.unit_id), soci::use(r.fund_type),
      soci::use(r.submitted_fen), soci::use(approved, approved_ind), soci::use(r.cut_reason),
      soci::use(r.comment), soci::use(r.reviewer_id, reviewer_ind),
      soci::use(r.reviewed_at, reviewed_ind), soci::use(r.status), soci::use(r.created_at),
      soci::use(r.updated_at));
  add_to_totals(s, id, 1);
  return id;
}

bool update_entry(soci::session& s, const Review& r, long long expected_version) {
  soci::indicator approved_ind = r.approved_fen ? soci::i_ok : soci::i_null;
  const long long approved = r.approved_fen.value_or(0);
  soci::indicator reviewer_ind = r.reviewer_id ? soci::i_ok : soci::i_null;
  soci::indicator reviewed_ind = r.reviewed_at.empty() ? soci::i_null : soci::i_ok;
  add_to_totals(s, r.id, -1);
  const bool written =
      db::execute_counting(
          s,
          "UPDATE budget_reviews SET approved_fen = :a, cut_reason = :c, comment = :m, "
          "reviewer_id = :rv, reviewed_at = :ra, status = :st, updated_at = :ua, version = "
          "version + 1 WHERE id = :id AND version = :v",
          soci::use(approved, approved_ind), soci::use(r.cut_reason), soci::use(r.comment),
          soci::use(r.reviewer_id, reviewer_ind), soci::use(r.reviewed_at, reviewed_ind),
          soci::use(r.status), soci::use(r.updated_at), soci::use(r.id),
          soci::use(expected_version)) > 0;
  add_to_totals(s, r.id, 1);  // the row as it now is, written or not
  return written;
}

void update_from_project(soci::session& s, const Review& r) {
  soci::indicator approved_ind = r.approved_fen ? soci::i_ok : soci::i_null;
  const long long approved = r.approved_fen.value_or(0);
  add_to_totals(s, r.id, -1);
  s << "UPDATE budget_reviews SET region_id = :r, year = :y, department_id = :d, unit_id = :u, "
       "fund_type = :f, submitted_fen = :s, approved_fen = :a, status = :st, updated_at = :ua, "
       "version = version + 1 WHERE id = :id",
      soci::use(r.region_id), soci::use(r.year), soci::use(r.department_id), soci::use(r.unit_id),
      soci::use(r.fund_type), soci::use(r.submitted_fen), soci::use(approved, approved_ind),
      soci::use(r.status), soci::use(r.updated_at), soci::use(r.id);
  add_to_totals(s, r.id, 1);
}

void remove(soci::session& s, long long id) {
  add_to_totals(s, id, -1);
  s << "DELETE FROM budget_reviews WHERE id = :id", soci::use(id);
}

std::vector<TotalsRow> totals_rows(soci::session& s, long long year, const auth::DataScope& scope) {
  db::Query q(
      "SELECT b.region_id, b.department_id, b.fund_type, b.status, CAST(SUM(b.reviews) AS "
      "BIGINT), CAST(SUM(b.submitted_fen) AS BIGINT), CAST(SUM(b.approved_fen) AS BIGINT), "
      "CAST(SUM(b.cut_fen) AS BIGINT) FROM budget_review_totals b WHERE b.year = ");
  q.bind(year).sql(" AND b.status <> 'withdrawn' AND ");
  auth::append_scope(q, scope, kScope);
  q.sql(" GROUP BY 1, 2, 3, 4 HAVING SUM(b.reviews) > 0");
  return db::fetch_all<TotalsRow>(s, q, bind_totals);
}

std::vector<TotalsRow> counted_rows(soci::session& s, long long year,
                                    const auth::DataScope& scope) {
  db::Query q(
      "SELECT b.region_id, b.department_id, b.fund_type, b.status, COUNT(*), "
      "CAST(SUM(b.submitted_fen) AS BIGINT), CAST(SUM(CASE WHEN b.status = 'done' THEN "
      "COALESCE(b.approved_fen, 0) ELSE 0 END) AS BIGINT), CAST(SUM(CASE WHEN b.status = 'done' "
      "THEN b.submitted_fen - COALESCE(b.approved_fen, 0) ELSE 0 END) AS BIGINT) FROM "
      "budget_reviews b WHERE b.year = ");
  q.bind(year).sql(" AND b.status <> 'withdrawn' AND ");
  auth::append_scope(q, scope, kScope);
  q.sql(" GROUP BY 1, 2, 3, 4");
  return db::fetch_all<TotalsRow>(s, q, bind_totals);
}

std::map<long long, std::string> unit_names(soci::session& s, const std::vector<long long>& ids) {
  std::map<long long, std::string> names;
  if (ids.empty()) return names;
  db::Query q("SELECT id, name FROM units WHERE id IN (");
  for (std::size_t i = 0; i < ids.size(); ++i) q.sql(i ? ", " : "").bind(ids[i]);
  q.sql(")");
  struct Name {
    long long id = 0;
    std::string name;
  };
  for (auto& n : db::fetch_all<Name>(s, q, [](soci::statement&st, Name&r) {
         st.exchange(soci::into(r.id));
         st.exchange(soci::into(r.name));
       }))
    names[n.id] = std::move(n.name);
  return names;
}

void rebuild_totals(soci::session& s, long long year) {
  s << "DELETE FROM budget_review_totals WHERE year = :y", soci::use(year);
  s << "INSERT INTO budget_review_totals (year, region_id, department_id, fund_type, status, "
       "reviews, submitted_fen, approved_fen, cut_fen) SELECT year, region_id, department_id, "
       "fund_type, status, COUNT(*), SUM(submitted_fen), SUM(CASE WHEN status = 'done' THEN "
       "COALESCE(approved_fen, 0) ELSE 0 END), SUM(CASE WHEN status = 'done' THEN submitted_fen "
       "- COALESCE(approved_fen, 0) ELSE 0 END) FROM budget_reviews WHERE year = :y GROUP BY "
       "year, region_id, department_id, fund_type, status",
      soci::use(year);
}

}  // namespace jixiao::budget_review::repo
