#include "accounts/repo.h"

#include "auth/scope_sql.h"
#include "base/text.h"
#include "db/query.h"

namespace jixiao::accounts::repo {

namespace {

constexpr const char* kSelect =
    "SELECT u.id, u.username, u.display_name, u.role, u.region_id, COALESCE(u.unit_id, 0), "
    "COALESCE(u.section_id, 0), u.must_change_password, u.active, u.failed_logins, "
    "u.locked_until, u.version, u.created_at, u.updated_at, r.name, COALESCE(n.name, ''), "
    "COALESCE(sc.name, ''), u.kind FROM users u JOIN regions r ON r.id = u.region_id "
    "LEFT JOIN units n ON n.id = u.unit_id LEFT JOIN sections sc ON sc.id = u.section_id ";

// Columns of kSelect; the 0/1 flags land in Flags and become bools in finish().
struct Flags {
  long long must_change = 0, active = 0;
};

std::vector<User> fetch(soci::session& s, db::Query& q) {
  Flags flags;
  auto bind = [&flags](soci::statement& st, User& u) {
    st.exchange(soci::into(u.id));
    for (auto* v : {&u.username, &u.display_name, &u.role}) st.exchange(soci::into(*v));
    for (auto* v : {&u.region_id, &u.unit_id, &u.section_id, &flags.must_change, &flags.active,
                    &u.failed_logins, &u.locked_until, &u.version})
      st.exchange(soci::into(*v));
    for (auto* v :
         {&u.created_at, &u.updated_at, &u.region_name, &u.unit_name, &u.section_name, &u.kind})
      st.exchange(soci::into(*v));
  };
  return db::fetch_all<User>(s, q, bind, [&flags](User& u) {
    u.must_change_password = flags.must_change != 0;
    u.active = flags.active != 0;
  });
}

void conditions(db::Query& q, const UserFilter& f, const auth::DataScope& scope) {
  q.sql("WHERE ");
  // Only region scopes reach here (managers); the region column stands in for all three.
  auth::append_scope(q, scope, {"u.region_id", "u.region_id", "u.region_id"});
  q.sql(" AND u.kind = ").bind(f.kind);
  if (f.region_id) q.sql(" AND u.region_id = ").bind(*f.region_id);
  if (f.unit_id) q.sql(" AND u.unit_id = ").bind(*f.unit_id);
  if (f.role) q.sql(" AND u.role = ").bind(*f.role);
  if (f.active) q.sql(" AND u.active = ").bind(*f.active ? 1LL : 0LL);
  if (f.locked_at) q.sql(" AND (u.active = 0 OR u.locked_until > ").bind(*f.locked_at).sql(")");
  if (f.text) {
    const std::string like = "%" + escape_like(*f.text) + "%";
    q.sql(" AND (u.username LIKE ").bind(like).sql(" ESCAPE '\\' OR u.display_name LIKE ");
    q.bind(like).sql(" ESCAPE '\\')");
  }
}

soci::indicator null_if_zero(long long v) { return v ? soci::i_ok : soci::i_null; }

}  // namespace

std::optional<User> find(soci::session& s, long long id) {
  db::Query q(kSelect);
  q.sql("WHERE u.id = ").bind(id);
  auto rows = fetch(s, q);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

bool username_taken(soci::session& s, const std::string& username) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM users WHERE username = :u", soci::into(n), soci::use(username);
  return n > 0;
}

std::vector<User> list(soci::session& s, const UserFilter& f, const auth::DataScope& scope) {
  db::Query q(kSelect);
  conditions(q, f, scope);
  if (f.after_id) q.sql(" AND u.id > ").bind(f.after_id);
  q.sql(" ORDER BY u.id").page(f.limit, f.offset);
  return fetch(s, q);
}

long long count(soci::session& s, const UserFilter& f, const auth::DataScope& scope) {
  db::Query q("SELECT COUNT(*) FROM users u ");
  conditions(q, f, scope);
  return q.scalar(s);
}

long long insert(soci::session& s, const User& u, const std::string& password_hash) {
  long long id = 0;
  const long long must_change = u.must_change_password ? 1 : 0;
  soci::indicator unit_ind = null_if_zero(u.unit_id), section_ind = null_if_zero(u.section_id);
  s << "INSERT INTO users (username, display_name, password_hash, role, region_id, unit_id, "
       "section_id, must_change_password, active, created_at, updated_at, kind) VALUES (:n, :d, "
       ":h, :r, :g, :u, :s, :m, 1, :c, :up, :k) RETURNING id",
      soci::use(u.username), soci::use(u.display_name), soci::use(password_hash), soci::use(u.role),
      soci::use(u.region_id), soci::use(u.unit_id, unit_ind), soci::use(u.section_id, section_ind),
      soci::use(must_change), soci::use(u.created_at), soci::use(u.updated_at), soci::use(u.kind),
      soci::into(id);
  return id;
}

bool update(soci::session& s, const User& u, long long expected_version) {
  soci::indicator unit_ind = null_if_zero(u.unit_id), section_ind = null_if_zero(u.section_id);
  return db::execute_counting(
             s,
             "UPDATE users SET display_name = :d, role = :r, region_id = :g, unit_id = :u, "
             "section_id = :s, updated_at = :up, version = version + 1 WHERE id = :id AND "
             "version = :v",
             soci::use(u.display_name), soci::use(u.role), soci::use(u.region_id),
             soci::use(u.unit_id, unit_ind), soci::use(u.section_id, section_ind),
             soci::use(u.updated_at), soci::use(u.id), soci::use(expected_version)) == 1;
}

void set_active(soci::session& s, long long id, bool active, const std::string& now) {
  const long long flag = active ? 1 : 0;
  s << "UPDATE users SET active = :a, failed_logins = 0, locked_until = 0, updated_at = :u, "
       "version = version + 1 WHERE id = :id",
      soci::use(flag), soci::use(now), soci::use(id);
}

}  // namespace jixiao::accounts::repo
