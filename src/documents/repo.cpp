#include "documents/repo.h"

#include "auth/scope_sql.h"
#include "db/query.h"

namespace jixiao::documents::repo {

namespace {

constexpr auth::ScopeColumns kScope{"d.region_id", "d.department_id", "d.unit_id"};

// A document's columns; lists leave its body out.
std::string select(bool with_body) {
  return std::string(
             "SELECT d.id, d.region_id, d.year, d.kind, d.seq, d.number, d.subject, d.subject_id, "
             "d.department_id, d.unit_id, d.title, d.addressee, ") +
         (with_body ? "d.body" : "''") +
         ", d.issuer, d.issued_on, d.issued_by, u.display_name, d.created_at "
         "FROM official_documents d JOIN users u ON u.id = d.issued_by WHERE ";
}

void exchange(soci::statement& st, OfficialDocument& d) {
  st.exchange(soci::into(d.id));
  st.exchange(soci::into(d.region_id));
  st.exchange(soci::into(d.year));
  st.exchange(soci::into(d.kind));
  st.exchange(soci::into(d.seq));
  st.exchange(soci::into(d.number));
  st.exchange(soci::into(d.subject));
  st.exchange(soci::into(d.subject_id));
  st.exchange(soci::into(d.department_id));
  st.exchange(soci::into(d.unit_id));
  st.exchange(soci::into(d.title));
  st.exchange(soci::into(d.addressee));
  st.exchange(soci::into(d.body));
  st.exchange(soci::into(d.issuer));
  st.exchange(soci::into(d.issued_on));
  st.exchange(soci::into(d.issued_by));
  st.exchange(soci::into(d.issued_by_name));
  st.exchange(soci::into(d.created_at));
}

void register_filter(db::Query& q, const RegisterFilter& f, const auth::DataScope& scope) {
  auth::append_scope(q, scope, kScope);
  q.sql(" AND d.year = ").bind(f.year);
  if (f.kind) q.sql(" AND d.kind = ").bind(*f.kind);
}

}  // namespace

long long next_seq(soci::session& s, long long region_id, long long year, const std::string& kind) {
  long long seq = 0;
  s << "INSERT INTO document_numbers (region_id, year, kind, last_seq) VALUES (:r, :y, :k, 1) "
       "ON CONFLICT (region_id, year, kind) DO UPDATE SET last_seq = document_numbers.last_seq "
       "+ 1 RETURNING last_seq",
      soci::use(region_id), soci::use(year), soci::use(kind), soci::into(seq);
  return seq;
}

long long insert(soci::session& s, const OfficialDocument& d) {
  long long id = 0;
  s << "INSERT INTO official_documents (region_id, year, kind, seq, number, subject, subject_id, "
       "department_id, unit_id, title, addressee, body, issuer, issued_on, issued_by, "
       "created_at) VALUES (:r, :y, :k, :s, :n, :su, :si, :d, :u, :t, :a, :b, :i, :o, :by, :c) "
       "RETURNING id",
      soci::use(d.region_id), soci::use(d.year), soci::use(d.kind), soci::use(d.seq),
      soci::use(d.number), soci::use(d.subject), soci::use(d.subject_id),
      soci::use(d.department_id), soci::use(d.unit_id), soci::use(d.title), soci::use(d.addressee),
      soci::use(d.body), soci::use(d.issuer), soci::use(d.issued_on), soci::use(d.issued_by),
      soci::use(d.created_at), soci::into(id);
  return id;
}

std::optional<OfficialDocument> find(soci::session& s, long long id, const auth::DataScope& scope) {
  db::Query q(select(true));
  q.sql("d.id = ").bind(id).sql(" AND ");
  auth::append_scope(q, scope, kScope);
  return db::fetch_first<OfficialDocument>(s, q, exchange);
}

std::vector<OfficialDocument> of_subject(soci::session& s, const std::string& subject,
                                         long long subject_id, const auth::DataScope& scope) {
  db::Query q(select(false));
  q.sql("d.subject = ").bind(subject).sql(" AND d.subject_id = ").bind(subject_id).sql(" AND ");
  auth::append_scope(q, scope, kScope);
  q.sql(" ORDER BY d.id");
  return db::fetch_all<OfficialDocument>(s, q, exchange);
}

std::vector<OfficialDocument> issued(soci::session& s, const RegisterFilter& f,
                                     const auth::DataScope& scope) {
  db::Query q(select(false));
  register_filter(q, f, scope);
  q.sql(" ORDER BY d.id DESC");
  q.page(f.limit, f.offset);
  return db::fetch_all<OfficialDocument>(s, q, exchange);
}

long long count_issued(soci::session& s, const RegisterFilter& f, const auth::DataScope& scope) {
  db::Query q("SELECT COUNT(*) FROM official_documents d WHERE ");
  register_filter(q, f, scope);
  return q.scalar(s);
}

}  // namespace jixiao::documents::repo
