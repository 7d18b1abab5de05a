#include "appraisal/repo.h"

#include "db/query.h"

namespace jixiao::appraisal::repo {

namespace {

std::vector<Place> places(soci::session& s, db::Query& q) {
  return db::fetch_all<Place>(s, q, [](soci::statement& st, Place& p) {
    st.exchange(soci::into(p.id));
    st.exchange(soci::into(p.name));
    st.exchange(soci::into(p.path));
  });
}

constexpr const char* kColumns =
    "SELECT a.id, a.region_id, g.name, a.year, a.subject, a.status, a.scores, "
    "COALESCE(a.computed_at, ''), COALESCE(a.document_id, 0), COALESCE(d.number, ''), "
    "COALESCE(a.issued_at, ''), a.version, a.created_at, a.updated_at FROM appraisals a JOIN "
    "regions g ON g.id = a.region_id LEFT JOIN official_documents d ON d.id = a.document_id ";

// The rows of a source named as Row's columns (a CTE's column list: SQLite names no derived
// table's columns).
constexpr const char* kWith =
    "WITH x (kind, id, title, unit_name, amount_fen, counted, status, note) AS (";

struct AppraisalRow {
  Appraisal a;
  std::string computed_at, issued_at;
};

std::vector<Appraisal> appraisals(soci::session& s, db::Query& q) {
  std::vector<Appraisal> out;
  for (auto& r : db::fetch_all<AppraisalRow>(s, q, [](soci::statement&st, AppraisalRow&r) {
         st.exchange(soci::into(r.a.id));
         st.exchange(soci::into(r.a.region_id));
         st.exchange(soci::into(r.a.region_name));
         st.exchange(soci::into(r.a.year));
         st.exchange(soci::into(r.a.subject));
         st.exchange(soci::into(r.a.status));
         st.exchange(soci::into(r.a.scores));
         st.exchange(soci::into(r.computed_at));
         st.exchange(soci::into(r.a.document_id));
         st.exchange(soci::into(r.a.document_number));
         st.exchange(soci::into(r.issued_at));
         st.exchange(soci::into(r.a.version));
         st.exchange(soci::into(r.a.created_at));
         st.exchange(soci::into(r.a.updated_at));
       })) {
    if (!r.computed_at.empty()) r.a.computed_at = r.computed_at;
    if (!r.issued_at.empty()) r.a.issued_at = r.issued_at;
    out.push_back(std::move(r.a));
  }
  return out;
}

}  // namespace

std::vector<Place> departments(soci::session& s, long long region_id) {
  db::Query q("SELECT id, name, '' FROM units WHERE kind = 'department' AND region_id = ");
  q.bind(region_id).sql(" ORDER BY code, id");
  return places(s, q);
}

std::vector<Place> lower_regions(soci::session& s, long long region_id) {
  db::Query q("SELECT id, name, path FROM regions WHERE parent_id = ");
  q.bind(region_id).sql(" ORDER BY code, id");
  return places(s, q);
}

std::vector<Place> tree(soci::session& s, const std::string& path) {
  db::Query q("SELECT id, name, path FROM regions WHERE SUBSTR(path, 1, ");
  q.bind(static_cast<long long>(path.size())).sql(") = ").bind(path);
  return places(s, q);
}

RowsPage rows(soci::session& s, const ItemSource& source, const Context& c, const Subject& subject,
              int limit, long long offset) {
  RowsPage page;
  page.item = source.code;
  page.subject_id = subject.id;
  page.money = source.money;
  {
    db::Query q(kWith);
    source.rows(q, c, subject);
    q.sql(
        ") SELECT CAST(COUNT(*) AS BIGINT), CAST(COALESCE(SUM(counted), 0) AS BIGINT), "
        "CAST(COALESCE(SUM(amount_fen), 0) AS BIGINT), CAST(COALESCE(SUM(CASE WHEN counted = 1 "
        "THEN amount_fen ELSE 0 END), 0) AS BIGINT) FROM x");
    long long count = 0, counted = 0, amount = 0, counted_amount = 0;
    soci::statement st(s);
    st.exchange(soci::into(count));
    st.exchange(soci::into(counted));
    st.exchange(soci::into(amount));
    st.exchange(soci::into(counted_amount));
    q.execute(st, true);
    page.total = count;
    page.numerator = source.money ? counted_amount : counted;
    page.denominator = source.money ? amount : count;
  }
  db::Query q(kWith);
  source.rows(q, c, subject);
  q.sql(
      ") SELECT kind, id, title, unit_name, amount_fen, counted, status, note FROM x ORDER BY "
      "counted, kind, title, id");
  q.page(limit, offset);
  page.items = db::fetch_all<Row>(s, q, [](soci::statement& st, Row& r) {
    st.exchange(soci::into(r.kind));
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.title));
    st.exchange(soci::into(r.unit_name));
    st.exchange(soci::into(r.amount_fen));
    st.exchange(soci::into(r.counted));
    st.exchange(soci::into(r.status));
    st.exchange(soci::into(r.note));
  });
  if (static_cast<long long>(page.items.size()) > limit) {
    page.items.pop_back();
    page.more = true;
  }
  return page;
}

std::optional<Appraisal> find(soci::session& s, long long id) {
  db::Query q(kColumns);
  q.sql("WHERE a.id = ").bind(id);
  auto all = appraisals(s, q);
  if (all.empty()) return std::nullopt;
  return std::move(all.front());
}

std::optional<Appraisal> find_for(soci::session& s, long long region_id, long long year,
                                  const std::string& subject) {
  db::Query q(kColumns);
  q.sql("WHERE a.region_id = ").bind(region_id).sql(" AND a.year = ").bind(year);
  q.sql(" AND a.subject = ").bind(subject);
  auto all = appraisals(s, q);
  if (all.empty()) return std::nullopt;
  return std::move(all.front());
}

std::vector<Appraisal> list(soci::session& s, long long region_id, long long year) {
  db::Query q(kColumns);
  q.sql("WHERE a.region_id = ").bind(region_id).sql(" AND a.year = ").bind(year);
  q.sql(" ORDER BY a.subject, a.id");
  return appraisals(s, q);
}

long long insert(soci::session& s, long long region_id, long long year, const std::string& subject,
                 const std::string& status, long long created_by, const std::string& at) {
  return db::insert_returning(
      s,
      "INSERT INTO appraisals (region_id, year, subject, status, created_by, created_at, "
      "updated_at) VALUES (:r, :y, :s, :st, :b, :c, :u)",
      soci::use(region_id), soci::use(year), soci::use(subject), soci::use(status),
      soci::use(created_by), soci::use(at), soci::use(at));
}

bool set_computed(soci::session& s, const Appraisal& a, const std::string& status,
                  const std::string& scores, long long by, const std::string& at) {
  return db::execute_counting(
             s,
             "UPDATE appraisals SET status = :st, scores = :sc, computed_at = :at, computed_by = "
             ":b, version = version + 1, updated_at = :u WHERE id = :id AND version = :v",
             soci::use(status), soci::use(scores), soci::use(at), soci::use(by), soci::use(at),
             soci::use(a.id), soci::use(a.version)) == 1;
}

bool set_issued(soci::session& s, const Appraisal& a, const std::string& status,
                long long document_id, long long by, const std::string& at) {
  return db::execute_counting(
             s,
             "UPDATE appraisals SET status = :st, document_id = :d, issued_at = :at, issued_by = "
             ":b, version = version + 1, updated_at = :u WHERE id = :id AND version = :v",
             soci::use(status), soci::use(document_id), soci::use(at), soci::use(by), soci::use(at),
             soci::use(a.id), soci::use(a.version)) == 1;
}

}  // namespace jixiao::appraisal::repo
