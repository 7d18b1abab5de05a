// The agencies' half of registry_repo.h: agencies, their years and their accounts.
#include "auth/scope_sql.h"
#include "base/text.h"
#include "db/query.h"
#include "key_evaluation/registry_repo.h"

namespace jixiao::key_evaluation::registry_repo {

namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.region_id, r.name, a.name, a.credit_code, a.qualifications, a.staff_count, "
    "a.contact_person, a.contact_phone, a.status, a.version, a.created_at, a.updated_at "
    "FROM agencies a JOIN regions r ON r.id = a.region_id ";

void bind_agency(soci::statement& st, Agency& a) {
  st.exchange(soci::into(a.id));
  st.exchange(soci::into(a.region_id));
  for (auto* v : {&a.region_name, &a.name, &a.credit_code, &a.qualifications})
    st.exchange(soci::into(*v));
  st.exchange(soci::into(a.staff_count));
  for (auto* v : {&a.contact_person, &a.contact_phone, &a.status}) st.exchange(soci::into(*v));
  st.exchange(soci::into(a.version));
  for (auto* v : {&a.created_at, &a.updated_at}) st.exchange(soci::into(*v));
}

void bind_year(soci::statement& st, AgencyYear& y) {
  for (auto* v : {&y.id, &y.agency_id, &y.year}) st.exchange(soci::into(*v));
  st.exchange(soci::into(y.contract_no));
  st.exchange(soci::into(y.fee_fen));
  st.exchange(soci::into(y.notes));
  st.exchange(soci::into(y.version));
  for (auto* v : {&y.created_at, &y.updated_at}) st.exchange(soci::into(*v));
}

void conditions(db::Query& q, const RegistryFilter& f, const RegistryReader& who) {
  if (!who.region_path.empty()) {
    q.sql("WHERE a.region_id IN (");
    auth::append_regions_under(q, who.region_path);
    q.sql(")");
  } else {
    q.sql("WHERE a.id = ").bind(who.agency_id);  // 0 for a reader of no agency: nothing
  }
  if (f.region_id) q.sql(" AND a.region_id = ").bind(*f.region_id);
  if (f.status) q.sql(" AND a.status = ").bind(*f.status);
  if (f.text) {
    const std::string like = "%" + escape_like(*f.text) + "%";
    q.sql(" AND (a.name LIKE ").bind(like).sql(" ESCAPE '\\' OR a.credit_code LIKE ");
    q.bind(like).sql(" ESCAPE '\\')");
  }
}

}  // namespace

std::optional<Agency> find_agency(soci::session& s, long long id, const RegistryReader& who) {
  db::Query q(kSelect);
  conditions(q, {}, who);
  q.sql(" AND a.id = ").bind(id);
  auto a = db::fetch_first<Agency>(s, q, bind_agency);
  if (!a) return a;
  db::Query years(
      "SELECT id, agency_id, year, contract_no, fee_fen, notes, version, created_at, updated_at "
      "FROM agency_years WHERE agency_id = ");
  years.bind(id).sql(" ORDER BY year DESC");
  a->years = db::fetch_all<AgencyYear>(s, years, bind_year);
  db::Query users(
      "SELECT u.id, u.username, u.display_name FROM agency_users x JOIN users u ON u.id = "
      "x.user_id WHERE x.agency_id = ");
  users.bind(id).sql(" ORDER BY u.id");
  a->users = db::fetch_all<LinkedUser>(s, users, [](soci::statement& st, LinkedUser& u) {
    st.exchange(soci::into(u.id));
    st.exchange(soci::into(u.username));
    st.exchange(soci::into(u.display_name));
  });
  return a;
}

std::vector<Agency> list_agencies(soci::session& s, const RegistryFilter& f,
                                  const RegistryReader& who) {
  db::Query q(kSelect);
  conditions(q, f, who);
  if (f.after_id) q.sql(" AND a.id > ").bind(f.after_id);
  q.sql(" ORDER BY a.id").page(f.limit, f.offset);
  return db::fetch_all<Agency>(s, q, bind_agency);
}

long long count_agencies(soci::session& s, const RegistryFilter& f, const RegistryReader& who) {
  db::Query q("SELECT COUNT(*) FROM agencies a ");
  conditions(q, f, who);
  return q.scalar(s);
}

long long agency_with_code(soci::session& s, long long region_id, const std::string& code,
                           long long except_id) {
  long long id = 0;
  soci::indicator ind = soci::i_ok;
  s << "SELECT MIN(id) FROM agencies WHERE region_id = :r AND credit_code = :c AND id <> :x",
      soci::into(id, ind), soci::use(region_id), soci::use(code), soci::use(except_id);
  return ind == soci::i_ok ? id : 0;
}

long long insert_agency(soci::session& s, const Agency& a) {
  return db::insert_returning(
      s,
      "INSERT INTO agencies (region_id, name, credit_code, qualifications, staff_count, "
      "contact_person, contact_phone, status, created_at, updated_at) VALUES (:r, :n, :c, :q, "
      ":s, :p, :ph, :st, :ca, :ua)",
      soci::use(a.region_id), soci::use(a.name), soci::use(a.credit_code),
      soci::use(a.qualifications), soci::use(a.staff_count), soci::use(a.contact_person),
      soci::use(a.contact_phone), soci::use(a.status), soci::use(a.created_at),
      soci::use(a.updated_at));
}

bool update_agency(soci::session& s, const Agency& a, long long expected_version) {
  return db::execute_counting(
             s,
             "UPDATE agencies SET name = :n, credit_code = :c, qualifications = :q, staff_count "
             "= :s, contact_person = :p, contact_phone = :ph, status = :st, updated_at = :ua, "
             "version = version + 1 WHERE id = :id AND version = :v",
             soci::use(a.name), soci::use(a.credit_code), soci::use(a.qualifications),
             soci::use(a.staff_count), soci::use(a.contact_person), soci::use(a.contact_phone),
             soci::use(a.status), soci::use(a.updated_at), soci::use(a.id),
             soci::use(expected_version)) == 1;
}

long long agency_of_user(soci::session& s, long long user_id) {
  long long id = 0;
  soci::indicator ind = soci::i_ok;
  s << "SELECT MIN(agency_id) FROM agency_users WHERE user_id = :u", soci::into(id, ind),
      soci::use(user_id);
  return ind == soci::i_ok ? id : 0;
}

void set_agency_users(soci::session& s, long long agency_id, const std::vector<long long>& users) {
  s << "DELETE FROM agency_users WHERE agency_id = :a", soci::use(agency_id);
  for (long long u : users)
    s << "INSERT INTO agency_users (user_id, agency_id) VALUES (:u, :a)", soci::use(u),
        soci::use(agency_id);
}

std::optional<AgencyYear> find_year(soci::session& s, long long id) {
  db::Query q(
      "SELECT id, agency_id, year, contract_no, fee_fen, notes, version, created_at, updated_at "
      "FROM agency_years WHERE id = ");
  q.bind(id);
  return db::fetch_first<AgencyYear>(s, q, bind_year);
}

bool year_taken(soci::session& s, long long agency_id, long long year, long long except_id) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM agency_years WHERE agency_id = :a AND year = :y AND id <> :x",
      soci::into(n), soci::use(agency_id), soci::use(year), soci::use(except_id);
  return n > 0;
}

long long insert_year(soci::session& s, const AgencyYear& y) {
  return db::insert_returning(
      s,
      "INSERT INTO agency_years (agency_id, year, contract_no, fee_fen, notes, created_at, "
      "updated_at) VALUES (:a, :y, :c, :f, :n, :ca, :ua)",
      soci::use(y.agency_id), soci::use(y.year), soci::use(y.contract_no), soci::use(y.fee_fen),
      soci::use(y.notes), soci::use(y.created_at), soci::use(y.updated_at));
}

bool update_year(soci::session& s, const AgencyYear& y, long long expected_version) {
  return db::execute_counting(
             s,
             "UPDATE agency_years SET year = :y, contract_no = :c, fee_fen = :f, notes = :n, "
             "updated_at = :ua, version = version + 1 WHERE id = :id AND version = :v",
             soci::use(y.year), soci::use(y.contract_no), soci::use(y.fee_fen), soci::use(y.notes),
             soci::use(y.updated_at), soci::use(y.id), soci::use(expected_version)) == 1;
}

}  // namespace jixiao::key_evaluation::registry_repo
