#include "rectify/repo.h"

#include <map>

#include "auth/scope_sql.h"
#include "db/query.h"

namespace jixiao::rectify::repo {

namespace {

constexpr const char* kColumns =
    "SELECT f.id, f.region_id, f.year, f.source, f.source_id, COALESCE(f.project_id, 0), "
    "f.unit_id, f.department_id, f.title, f.requirement, f.due, COALESCE(f.document_id, 0), "
    "f.status, f.answer, COALESCE(f.answered_at, ''), f.decision, COALESCE(f.closed_at, ''), "
    "f.version, f.created_at, f.updated_at, u.name, d.name, COALESCE(p.code, ''), "
    "COALESCE(p.name, ''), COALESCE(o.number, '') FROM findings f "
    "JOIN units u ON u.id = f.unit_id JOIN units d ON d.id = f.department_id "
    "LEFT JOIN projects p ON p.id = f.project_id "
    "LEFT JOIN official_documents o ON o.id = f.document_id";

void bind_finding(soci::statement& st, Finding& f) {
  st.exchange(soci::into(f.id));
  st.exchange(soci::into(f.region_id));
  st.exchange(soci::into(f.year));
  st.exchange(soci::into(f.source));
  st.exchange(soci::into(f.source_id));
  st.exchange(soci::into(f.project_id));
  st.exchange(soci::into(f.unit_id));
  st.exchange(soci::into(f.department_id));
  st.exchange(soci::into(f.title));
  st.exchange(soci::into(f.requirement));
  st.exchange(soci::into(f.due));
  st.exchange(soci::into(f.document_id));
  st.exchange(soci::into(f.status));
  st.exchange(soci::into(f.answer));
  st.exchange(soci::into(f.answered_at));
  st.exchange(soci::into(f.decision));
  st.exchange(soci::into(f.closed_at));
  st.exchange(soci::into(f.version));
  st.exchange(soci::into(f.created_at));
  st.exchange(soci::into(f.updated_at));
  st.exchange(soci::into(f.unit_name));
  st.exchange(soci::into(f.department_name));
  st.exchange(soci::into(f.project_code));
  st.exchange(soci::into(f.project_name));
  st.exchange(soci::into(f.document_number));
}

constexpr auth::ScopeColumns kScopeColumns{"f.region_id", "f.department_id", "f.unit_id"};

void append_filter(db::Query& q, const Filter& f, const auth::DataScope& scope) {
  q.sql(" WHERE ");
  auth::append_scope(q, scope, kScopeColumns);
  if (f.year) q.sql(" AND f.year = ").bind(*f.year);
  if (f.status) q.sql(" AND f.status = ").bind(*f.status);
  if (f.source) q.sql(" AND f.source = ").bind(*f.source);
  if (f.unit_id) q.sql(" AND f.unit_id = ").bind(*f.unit_id);
  if (f.department_id) q.sql(" AND f.department_id = ").bind(*f.department_id);
  if (f.project_id) q.sql(" AND f.project_id = ").bind(*f.project_id);
  if (f.document_id) q.sql(" AND f.document_id = ").bind(*f.document_id);
  if (f.overdue_on) q.sql(" AND f.status = 'open' AND f.due < ").bind(*f.overdue_on);
}

soci::indicator null_if_empty(const std::string& s) {
  return s.empty() ? soci::i_null : soci::i_ok;
}

}  // namespace

long long insert(soci::session& s, const Finding& f) {
  soci::indicator project_ind = f.project_id ? soci::i_ok : soci::i_null;
  soci::indicator document_ind = f.document_id ? soci::i_ok : soci::i_null;
  return db::insert_returning(
      s,
      "INSERT INTO findings (region_id, year, source, source_id, project_id, unit_id, "
      "department_id, title, requirement, due, document_id, status, created_at, updated_at) "
      "VALUES (:r, :y, :s, :si, :p, :u, :d, :t, :rq, :due, :doc, :st, :c, :up)",
      soci::use(f.region_id), soci::use(f.year), soci::use(f.source), soci::use(f.source_id),
      soci::use(f.project_id, project_ind), soci::use(f.unit_id), soci::use(f.department_id),
      soci::use(f.title), soci::use(f.requirement), soci::use(f.due),
      soci::use(f.document_id, document_ind), soci::use(f.status), soci::use(f.created_at),
      soci::use(f.updated_at));
}

std::optional<Finding> find(soci::session& s, long long id, const auth::DataScope& scope) {
  db::Query q(kColumns);
  append_filter(q, {}, scope);
  q.sql(" AND f.id = ").bind(id);
  return db::fetch_first<Finding>(s, q, bind_finding);
}

std::vector<Finding> list(soci::session& s, const Filter& f, const auth::DataScope& scope) {
  db::Query q(kColumns);
  append_filter(q, f, scope);
  if (f.after_id > 0) q.sql(" AND f.id < ").bind(f.after_id);
  q.sql(" ORDER BY f.id DESC").page(f.limit, f.offset);
  return db::fetch_all<Finding>(s, q, bind_finding);
}

long long count(soci::session& s, const Filter& f, const auth::DataScope& scope) {
  db::Query q("SELECT COUNT(*) FROM findings f");
  append_filter(q, f, scope);
  return q.scalar(s);
}

bool update(soci::session& s, const Finding& f, long long expected_version) {
  const std::string answered_at = f.answered_at, closed_at = f.closed_at;
  soci::indicator answered_ind = null_if_empty(answered_at), closed_ind = null_if_empty(closed_at);
  return db::execute_counting(
             s,
             "UPDATE findings SET status = :st, answer = :a, answered_at = :aa, decision = :dc, "
             "closed_at = :ca, updated_at = :up, version = version + 1 "
             "WHERE id = :id AND version = :v",
             soci::use(f.status), soci::use(f.answer), soci::use(answered_at, answered_ind),
             soci::use(f.decision), soci::use(closed_at, closed_ind), soci::use(f.updated_at),
             soci::use(f.id), soci::use(expected_version)) == 1;
}

bool handed_over(soci::session& s, const std::string& source, long long source_id) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM findings WHERE source = :s AND source_id = :i", soci::use(source),
      soci::use(source_id), soci::into(n);
  return n > 0;
}

std::vector<long long> of_project(soci::session& s, long long project_id) {
  db::Query q("SELECT id FROM findings WHERE project_id = ");
  q.bind(project_id).sql(" ORDER BY id");
  std::vector<long long> out;
  long long id = 0;
  soci::statement st(s);
  st.exchange(soci::into(id));
  q.execute(st);
  while (st.fetch()) out.push_back(id);
  return out;
}

Counts statistics(soci::session& s, long long year, const std::string& today,
                  const auth::DataScope& scope) {
  // Few rows per department and status and due date: summed here by the pure rule.
  db::Query q(
      "SELECT f.department_id, d.name, f.status, f.due, COUNT(*) FROM findings f "
      "JOIN units d ON d.id = f.department_id");
  Filter f;
  f.year = year;
  append_filter(q, f, scope);
  q.sql(" GROUP BY f.department_id, d.name, f.status, f.due ORDER BY f.department_id");
  Counts out;
  std::map<long long, DepartmentCounts> by_department;
  long long department_id = 0, n = 0;
  std::string name, status, due;
  soci::statement st(s);
  st.exchange(soci::into(department_id));
  st.exchange(soci::into(name));
  st.exchange(soci::into(status));
  st.exchange(soci::into(due));
  st.exchange(soci::into(n));
  q.execute(st);
  while (st.fetch()) {
    auto& d = by_department[department_id];
    d.department_id = department_id;
    d.department_name = name;
    for (long long i = 0; i < n; ++i) {
      count_finding(out.counts, status, due, today);
      count_finding(d.counts, status, due, today);
    }
    d.total += n;
    out.total += n;
    if (status == "open") out.open += n;
    if (status == "answered") {
      out.answered += n;
      d.answered += n;
    }
  }
  for (auto& [id, d] : by_department) out.departments.push_back(std::move(d));
  return out;
}

}  // namespace jixiao::rectify::repo
