#include "audit/log.h"

#include "base/clock.h"
#include "base/crypto.h"
#include "db/query.h"

namespace jixiao::audit {

namespace {
constexpr const char* kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";
// The lock key PostgreSQL appends take: one chain, one writer at a time.
constexpr long long kAuditLockKey = 0x6a6978616f;
}  // namespace

Entry entry(const auth::Principal& me, std::string action, std::string entity, long long entity_id,
            long long region_id) {
  Entry e;
  e.actor_id = me.user_id;
  e.actor = me.username;
  e.action = std::move(action);
  e.entity = std::move(entity);
  e.entity_id = entity_id;
  e.region_id = region_id;
  return e;
}

Entry system_entry(std::string action, std::string entity, long long entity_id,
                   long long region_id) {
  Entry e;
  e.actor = "system";
  e.action = std::move(action);
  e.entity = std::move(entity);
  e.entity_id = entity_id;
  e.region_id = region_id;
  return e;
}

std::string row_hash(const std::string& prev_hash, const std::string& at, const Entry& e) {
  std::string s;
  s.reserve(256 + e.before_json.size() + e.after_json.size());
  for (const std::string& part :
       {prev_hash, at, std::to_string(e.actor_id), e.actor, e.action, e.entity,
        std::to_string(e.entity_id), std::to_string(e.region_id), e.before_json, e.after_json}) {
    s += std::to_string(part.size());  // length-prefixed so that fields cannot run together
    s += ':';
    s += part;
    s += '\n';
  }
  return sha256_hex(s);
}

void append(soci::session& s, db::Dialect dialect, const Entry& e) {
  if (dialect == db::Dialect::postgresql) {
    // Held until the transaction ends; SQLite writers are already serialised.
    s << "SELECT pg_advisory_xact_lock(" + std::to_string(kAuditLockKey) + ")";
  }
  std::string prev = kGenesis;
  soci::indicator ind;
  s << "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1", soci::into(prev, ind);
  if (ind != soci::i_ok || !s.got_data()) prev = kGenesis;
  const std::string at = now_iso();
  const std::string hash = row_hash(prev, at, e);
  s << "INSERT INTO audit_log (at, actor_id, actor, action, entity, entity_id, region_id, "
       "before_json, after_json, prev_hash, hash) VALUES (:at, :actor_id, :actor, :action, "
       ":entity, :entity_id, :region_id, :before_json, :after_json, :prev_hash, :hash)",
      soci::use(at), soci::use(e.actor_id), soci::use(e.actor), soci::use(e.action),
      soci::use(e.entity), soci::use(e.entity_id), soci::use(e.region_id), soci::use(e.before_json),
      soci::use(e.after_json), soci::use(prev), soci::use(hash);
}

namespace {

// Runs a query that selects kAuditColumns and collects the rows.
// With `named`, the query selects the actor's display name after them.
std::vector<Record> query_records(soci::session& s, db::Query& q, bool named = false) {
  std::vector<Record> out;
  Record a;
  soci::indicator actor_ind, region_ind, name_ind;
  soci::statement st(s);
  st.exchange(soci::into(a.id));
  st.exchange(soci::into(a.at));
  st.exchange(soci::into(a.entry.actor_id, actor_ind));
  for (auto* v : {&a.entry.actor, &a.entry.action, &a.entry.entity}) st.exchange(soci::into(*v));
  st.exchange(soci::into(a.entry.entity_id));
  st.exchange(soci::into(a.entry.region_id, region_ind));
  for (auto* v : {&a.entry.before_json, &a.entry.after_json, &a.prev_hash, &a.hash})
    st.exchange(soci::into(*v));
  if (named) st.exchange(soci::into(a.actor_name, name_ind));
  q.execute(st);
  while (st.fetch()) {
    if (named && name_ind != soci::i_ok) a.actor_name.clear();
    if (actor_ind != soci::i_ok) a.entry.actor_id = 0;
    if (region_ind != soci::i_ok) a.entry.region_id = 0;
    out.push_back(a);
  }
  return out;
}

constexpr const char* kAuditColumns =
    "SELECT id, at, actor_id, actor, action, entity, entity_id, region_id, before_json, "
    "after_json, prev_hash, hash FROM audit_log ";

}  // namespace

std::vector<Record> history(soci::session& s, const std::string& entity, long long entity_id,
                            int limit) {
  // People read a timeline by names, not login names.
  db::Query q(
      "SELECT a.id, a.at, a.actor_id, a.actor, a.action, a.entity, a.entity_id, a.region_id, "
      "a.before_json, a.after_json, a.prev_hash, a.hash, u.display_name FROM audit_log a "
      "LEFT JOIN users u ON u.id = a.actor_id ");
  q.sql("WHERE a.entity = ").bind(entity).sql(" AND a.entity_id = ").bind(entity_id);
  q.sql(" ORDER BY a.id LIMIT ").bind(static_cast<long long>(limit));
  return query_records(s, q, true);
}

Verification verify_chain(db::Database& db) {
  Verification v;
  std::string prev = kGenesis;
  long long after_id = 0;
  constexpr long long kBatch = 5000;
  // Batches by id keep memory flat however long the log is.
  for (;;) {
    std::vector<Record> batch = db.read([&](soci::session& s) {
      db::Query q(kAuditColumns);
      q.sql("WHERE id > ").bind(after_id).sql(" ORDER BY id LIMIT ").bind(kBatch);
      return query_records(s, q);
    });
    for (const auto& rec : batch) {
      ++v.rows;
      if (rec.prev_hash != prev) {
        return {false, v.rows, rec.id, "前一行的哈希不符：有记录被删除或插入"};
      }
      if (row_hash(rec.prev_hash, rec.at, rec.entry) != rec.hash) {
        return {false, v.rows, rec.id, "本行内容与哈希不符：记录被修改"};
      }
      prev = rec.hash;
      after_id = rec.id;
    }
    if (static_cast<long long>(batch.size()) < kBatch) break;
  }
  return v;
}

}  // namespace jixiao::audit
