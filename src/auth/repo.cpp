#include "auth/repo.h"

#include "db/query.h"

namespace jixiao::auth::repo {

namespace {
template <class Key>
std::optional<Credentials> credentials_where(soci::session& s, const char* where, const Key& key) {
  Credentials c;
  long long active = 0;
  s << std::string(
           "SELECT id, username, password_hash, failed_logins, locked_until, active, "
           "region_id FROM users WHERE ") +
           where,
      soci::into(c.id), soci::into(c.username), soci::into(c.password_hash),
      soci::into(c.failed_logins), soci::into(c.locked_until), soci::into(active),
      soci::into(c.region_id), soci::use(key);
  if (!s.got_data()) return std::nullopt;
  c.active = active != 0;
  return c;
}
}  // namespace

std::optional<Credentials> find_credentials(soci::session& s, const std::string& username) {
  return credentials_where(s, "username = :u AND kind = 'person'", username);
}

std::optional<Credentials> find_credentials_by_id(soci::session& s, long long user_id) {
  return credentials_where(s, "id = :id", user_id);
}

long long record_failed_login(soci::session& s, long long user_id, long long now, int max_failures,
                              long long lock_seconds) {
  long long failures = 0;
  s << "SELECT failed_logins FROM users WHERE id = :id", soci::into(failures), soci::use(user_id);
  ++failures;
  long long locked_until = 0;
  if (failures >= max_failures) {
    locked_until = now + lock_seconds;
    failures = 0;  // a fresh count after the lock expires
  }
  s << "UPDATE users SET failed_logins = :f, locked_until = CASE WHEN :lu > 0 THEN :lu2 ELSE "
       "locked_until END WHERE id = :id",
      soci::use(failures), soci::use(locked_until), soci::use(locked_until), soci::use(user_id);
  return locked_until > 0 ? max_failures : failures;
}

long long name_locked_until(soci::session& s, const std::string& username) {
  long long locked_until = 0;
  s << "SELECT locked_until FROM login_failures WHERE username = :u", soci::into(locked_until),
      soci::use(username);
  return s.got_data() ? locked_until : 0;
}

long long record_failed_name(soci::session& s, const std::string& username, long long now,
                             int max_failures, long long lock_seconds) {
  // Rows of names nobody has tried for 30 days go: a spray of made-up names does not stay.
  const long long stale = now - 30LL * 24 * 3600;
  s << "DELETE FROM login_failures WHERE last_failed_at < :t AND locked_until < :n",
      soci::use(stale), soci::use(now);
  long long failures = 0;
  s << "SELECT failed_logins FROM login_failures WHERE username = :u", soci::into(failures),
      soci::use(username);
  const bool known = s.got_data();
  ++failures;
  long long locked_until = 0;
  if (failures >= max_failures) {
    locked_until = now + lock_seconds;
    failures = 0;  // a fresh count after the lock expires, as for an account
  }
  if (known)
    s << "UPDATE login_failures SET failed_logins = :f, locked_until = CASE WHEN :lu > 0 THEN "
         ":lu2 ELSE locked_until END, last_failed_at = :n WHERE username = :u",
        soci::use(failures), soci::use(locked_until), soci::use(locked_until), soci::use(now),
        soci::use(username);
  else
    s << "INSERT INTO login_failures (username, failed_logins, locked_until, last_failed_at) "
         "VALUES (:u, :f, :lu, :n)",
        soci::use(username), soci::use(failures), soci::use(locked_until), soci::use(now);
  return locked_until > 0 ? max_failures : failures;
}

void record_successful_login(soci::session& s, long long user_id) {
  s << "UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = :id", soci::use(user_id);
}

void insert_session(soci::session& s, const std::string& token_hash, long long user_id,
                    const std::string& csrf_token, long long now) {
  s << "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) "
       "VALUES (:t, :u, :c, :n, :n2)",
      soci::use(token_hash), soci::use(user_id), soci::use(csrf_token), soci::use(now),
      soci::use(now);
}

void delete_session(soci::session& s, const std::string& token_hash) {
  s << "DELETE FROM sessions WHERE token_hash = :t", soci::use(token_hash);
}

void delete_idle_sessions(soci::session& s, long long user_id, long long idle_before,
                          long long created_before) {
  s << "DELETE FROM sessions WHERE user_id = :u AND (last_seen_at < :t OR created_at < :c)",
      soci::use(user_id), soci::use(idle_before), soci::use(created_before);
}

void delete_sessions_of_user(soci::session& s, long long user_id) {
  s << "DELETE FROM sessions WHERE user_id = :u", soci::use(user_id);
}

void delete_other_sessions(soci::session& s, long long user_id, const std::string& keep_hash) {
  s << "DELETE FROM sessions WHERE user_id = :u AND token_hash <> :t", soci::use(user_id),
      soci::use(keep_hash);
}

namespace {

// The caller's identity: the user and where it sits in the region and unit trees.
constexpr const char* kPrincipalSelect =
    "SELECT u.id, u.username, u.display_name, u.role, u.region_id, r.path, r.name, "
    "COALESCE(u.unit_id, 0), COALESCE(un.path, ''), COALESCE(un.name, ''), "
    "COALESCE(un.department_id, 0), COALESCE(u.section_id, 0), u.must_change_password, "
    "u.active, ";

// The columns of kPrincipalSelect as SOCI reads them (role as text, flags as 0/1).
struct PrincipalColumns {
  SessionRow row;
  std::string role;
  long long must_change = 0, active = 0;
};

void bind_principal(soci::statement& st, PrincipalColumns& c) {
  Principal& p = c.row.principal;
  st.exchange(soci::into(p.user_id));
  for (auto* v : {&p.username, &p.display_name, &c.role}) st.exchange(soci::into(*v));
  st.exchange(soci::into(p.region_id));
  for (auto* v : {&p.region_path, &p.region_name}) st.exchange(soci::into(*v));
  st.exchange(soci::into(p.unit_id));
  for (auto* v : {&p.unit_path, &p.unit_name}) st.exchange(soci::into(*v));
  for (auto* v : {&p.department_id, &p.section_id, &c.must_change, &c.active})
    st.exchange(soci::into(*v));
  st.exchange(soci::into(p.csrf_token));
  st.exchange(soci::into(c.row.last_seen_at));
  st.exchange(soci::into(c.row.created_at));
}

// Every request asks for its session: the statement is kept prepared (db::for_each_row).
template <class Key>
std::optional<SessionRow> principal_where(soci::session& s, const char* tail, Key key) {
  db::Query q(kPrincipalSelect);
  q.sql(tail).bind(std::move(key));
  auto found = db::fetch_first<PrincipalColumns>(s, q, bind_principal);
  if (!found) return std::nullopt;
  SessionRow row = std::move(found->row);
  row.principal.role = parse_role(found->role).value_or(Role::viewer);
  row.principal.must_change_password = found->must_change != 0;
  row.active = found->active != 0;
  return row;
}

}  // namespace

std::optional<SessionRow> find_session(soci::session& s, const std::string& token_hash) {
  return principal_where(s,
                         "s.csrf_token, s.last_seen_at, s.created_at FROM sessions s "
                         "JOIN users u ON u.id = s.user_id JOIN regions r ON r.id = u.region_id "
                         "LEFT JOIN units un ON un.id = u.unit_id WHERE s.token_hash = ",
                         token_hash);
}

std::optional<Principal> find_principal(soci::session& s, const std::string& username) {
  auto row = principal_where(s,
                             "'', CAST(0 AS BIGINT), CAST(0 AS BIGINT) FROM users u "
                             "JOIN regions r ON r.id = u.region_id "
                             "LEFT JOIN units un ON un.id = u.unit_id WHERE u.username = ",
                             username);
  if (!row || !row->active) return std::nullopt;
  return row->principal;
}

std::optional<SessionRow> find_principal_by_id(soci::session& s, long long user_id) {
  return principal_where(s,
                         "'', CAST(0 AS BIGINT), CAST(0 AS BIGINT) FROM users u "
                         "JOIN regions r ON r.id = u.region_id "
                         "LEFT JOIN units un ON un.id = u.unit_id WHERE u.id = ",
                         user_id);
}

void touch_session(soci::session& s, const std::string& token_hash, long long now) {
  s << "UPDATE sessions SET last_seen_at = :n WHERE token_hash = :t", soci::use(now),
      soci::use(token_hash);
}

void set_password(soci::session& s, long long user_id, const std::string& hash, bool must_change) {
  const long long must = must_change ? 1 : 0;
  s << "UPDATE users SET password_hash = :h, must_change_password = :m, failed_logins = 0, "
       "locked_until = 0, version = version + 1 WHERE id = :id",
      soci::use(hash), soci::use(must), soci::use(user_id);
}

}  // namespace jixiao::auth::repo
