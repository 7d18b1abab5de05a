#include "auth/token_repo.h"

#include "db/query.h"

namespace jixiao::auth::token_repo {

namespace {

constexpr const char* kSelect =
    "SELECT id, user_id, name, prefix, routes, expires_on, created_at, COALESCE(created_by, 0), "
    "COALESCE(revoked_at, ''), last_used_at, last_used_from FROM api_tokens ";

std::vector<TokenRow> fetch(soci::session& s, db::Query& q) {
  return db::fetch_all<TokenRow>(s, q, [](soci::statement& st, TokenRow& t) {
    st.exchange(soci::into(t.id));
    st.exchange(soci::into(t.user_id));
    for (auto* v : {&t.name, &t.prefix, &t.routes, &t.expires_on, &t.created_at})
      st.exchange(soci::into(*v));
    st.exchange(soci::into(t.created_by));
    st.exchange(soci::into(t.revoked_at));
    st.exchange(soci::into(t.last_used_at));
    st.exchange(soci::into(t.last_used_from));
  });
}

std::optional<TokenRow> first(std::vector<TokenRow> rows) {
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

}  // namespace

std::optional<TokenRow> find_by_hash(soci::session& s, const std::string& token_hash) {
  db::Query q(kSelect);
  q.sql("WHERE token_hash = ").bind(token_hash);
  return first(fetch(s, q));
}

std::optional<TokenRow> find(soci::session& s, long long id) {
  db::Query q(kSelect);
  q.sql("WHERE id = ").bind(id);
  return first(fetch(s, q));
}

std::vector<TokenRow> of_users(soci::session& s, const std::vector<long long>& user_ids) {
  if (user_ids.empty()) return {};
  db::Query q(kSelect);
  q.sql("WHERE user_id IN (");
  for (std::size_t i = 0; i < user_ids.size(); ++i) {
    if (i) q.sql(", ");
    q.bind(user_ids[i]);
  }
  q.sql(") ORDER BY user_id, id DESC");
  return fetch(s, q);
}

long long insert(soci::session& s, const TokenRow& t, const std::string& token_hash) {
  long long created_by = t.created_by;
  soci::indicator by = created_by ? soci::i_ok : soci::i_null;
  return db::insert_returning(
      s,
      "INSERT INTO api_tokens (user_id, name, token_hash, prefix, routes, expires_on, "
      "created_at, created_by) VALUES (:u, :n, :h, :p, :r, :e, :c, :b)",
      soci::use(t.user_id), soci::use(t.name), soci::use(token_hash), soci::use(t.prefix),
      soci::use(t.routes), soci::use(t.expires_on), soci::use(t.created_at),
      soci::use(created_by, by));
}

bool revoke(soci::session& s, long long id, const std::string& now, long long by) {
  soci::indicator ind = by ? soci::i_ok : soci::i_null;
  return db::execute_counting(s,
                              "UPDATE api_tokens SET revoked_at = :n, revoked_by = :b "
                              "WHERE id = :id AND revoked_at IS NULL",
                              soci::use(now), soci::use(by, ind), soci::use(id)) > 0;
}

void revoke_all_of_user(soci::session& s, long long user_id, const std::string& now, long long by) {
  soci::indicator ind = by ? soci::i_ok : soci::i_null;
  s << "UPDATE api_tokens SET revoked_at = :n, revoked_by = :b "
       "WHERE user_id = :u AND revoked_at IS NULL",
      soci::use(now), soci::use(by, ind), soci::use(user_id);
}

void touch(soci::session& s, long long id, long long now, const std::string& client) {
  s << "UPDATE api_tokens SET last_used_at = :n, last_used_from = :c WHERE id = :id",
      soci::use(now), soci::use(client), soci::use(id);
}

}  // namespace jixiao::auth::token_repo
