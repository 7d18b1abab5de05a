#include "audit/log.h"

#include <algorithm>

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
  // A write through an API token names the token beside its service account.
  e.actor = me.token_id ? me.username + " [令牌 " + std::to_string(me.token_id) + "]" : me.username;
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

std::string row_hash_v2(long long id, const std::string& prev_hash, const std::string& at,
                        const Entry& e, bool actor_id_null, bool region_id_null) {
  std::string s;
  s.reserve(256 + e.before_json.size() + e.after_json.size());
  const auto number = [](long long v, bool null) { return null ? "NULL" : std::to_string(v); };
  for (const std::string& part :
       {std::string("v2"), std::to_string(id), prev_hash, at, number(e.actor_id, actor_id_null),
        e.actor, e.action, e.entity, std::to_string(e.entity_id),
        number(e.region_id, region_id_null), e.before_json, e.after_json}) {
    s += std::to_string(part.size());
    s += ':';
    s += part;
    s += '\n';
  }
  return sha256_hex(s);
}

std::string expected_hash(const Record& r) {
  if (r.hash_version == 1) return row_hash(r.prev_hash, r.at, r.entry);
  if (r.hash_version == 2)
    return row_hash_v2(r.id, r.prev_hash, r.at, r.entry, r.actor_id_null, r.region_id_null);
  return {};
}

void append(soci::session& s, db::Dialect dialect, const Entry& e) {
  if (dialect == db::Dialect::postgresql) {
    // Held until the transaction ends; SQLite writers are already serialised.
    s << "SELECT pg_advisory_xact_lock(" + std::to_string(kAuditLockKey) + ")";
  }
  std::string prev = kGenesis;
  long long prev_id = 0;
  soci::indicator ind;
  s << "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", soci::into(prev_id),
      soci::into(prev, ind);
  if (ind != soci::i_ok || !s.got_data()) {
    prev = kGenesis;
    prev_id = 0;
  }
  const long long id = prev_id + 1;
  const std::string at = now_iso();
  // The system (actor 0) and an entry of no region are stored as NULL, and hashed as such.
  const bool no_actor = e.actor_id == 0, no_region = e.region_id == 0;
  soci::indicator actor_ind = no_actor ? soci::i_null : soci::i_ok;
  soci::indicator region_ind = no_region ? soci::i_null : soci::i_ok;
  const std::string hash = row_hash_v2(id, prev, at, e, no_actor, no_region);
  s << "INSERT INTO audit_log (id, at, actor_id, actor, action, entity, entity_id, region_id, "
       "before_json, after_json, prev_hash, hash, hash_version) VALUES (:id, :at, :actor_id, "
       ":actor, :action, :entity, :entity_id, :region_id, :before_json, :after_json, :prev_hash, "
       ":hash, 2)",
      soci::use(id), soci::use(at), soci::use(e.actor_id, actor_ind), soci::use(e.actor),
      soci::use(e.action), soci::use(e.entity), soci::use(e.entity_id),
      soci::use(e.region_id, region_ind), soci::use(e.before_json), soci::use(e.after_json),
      soci::use(prev), soci::use(hash);
}

namespace {

constexpr const char* kAuditColumns =
    "SELECT id, at, actor_id, actor, action, entity, entity_id, region_id, before_json, "
    "after_json, prev_hash, hash, hash_version FROM audit_log ";

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
  st.exchange(soci::into(a.hash_version));
  if (named) st.exchange(soci::into(a.actor_name, name_ind));
  q.execute(st);
  while (st.fetch()) {
    if (named && name_ind != soci::i_ok) a.actor_name.clear();
    a.actor_id_null = actor_ind != soci::i_ok;
    a.region_id_null = region_ind != soci::i_ok;
    if (a.actor_id_null) a.entry.actor_id = 0;
    if (a.region_id_null) a.entry.region_id = 0;
    out.push_back(a);
  }
  return out;
}

}  // namespace

std::vector<Record> history(soci::session& s, const std::string& entity, long long entity_id,
                            int limit) {
  // People read a timeline by names, not login names.
  db::Query q(
      "SELECT a.id, a.at, a.actor_id, a.actor, a.action, a.entity, a.entity_id, a.region_id, "
      "a.before_json, a.after_json, a.prev_hash, a.hash, a.hash_version, u.display_name "
      "FROM audit_log a "
      "LEFT JOIN users u ON u.id = a.actor_id ");
  q.sql("WHERE a.entity = ").bind(entity).sql(" AND a.entity_id = ").bind(entity_id);
  q.sql(" ORDER BY a.id LIMIT ").bind(static_cast<long long>(limit));
  return query_records(s, q, true);
}

Head read_head(soci::session& s) {
  Head h;
  s << "SELECT COUNT(*) FROM audit_log", soci::into(h.rows);
  soci::indicator ind;
  s << "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", soci::into(h.id),
      soci::into(h.hash, ind);
  if (!s.got_data() || ind != soci::i_ok) h = Head{h.rows, 0, kGenesis};
  return h;
}

std::string describe(const Head& h) {
  return "rows=" + std::to_string(h.rows) + " id=" + std::to_string(h.id) + " hash=" + h.hash;
}

namespace {

// Follows the chain row by row and notes every break.
class Walk {
 public:
  explicit Walk(const Anchor& anchor) : anchor_(anchor) { v_.head = Head{0, 0, kGenesis}; }

  void row(const Record& rec) {
    ++v_.rows;
    if (rec.hash_version < version_)
      fail(rec.id, "哈希版本从 " + std::to_string(version_) + " 退回 " +
                       std::to_string(rec.hash_version) + "：记录被改写");
    version_ = std::max(version_, rec.hash_version);
    // Version 2 rows are numbered without gaps; version 1 ids may skip (a rolled-back insert).
    const bool gap = rec.id > v_.head.id + 1 && (v_.head.id > 0 || rec.hash_version >= 2);
    if (rec.prev_hash != v_.head.hash) {
      if (gap)
        fail(v_.head.id + 1, missing(v_.head.id + 1, rec.id - 1) + "（第 " +
                                 std::to_string(rec.id) + " 行的前一行哈希不符）");
      else
        fail(rec.id, "前一行的哈希不符：有记录被删除、插入或重新编号");
    } else if (rec.hash_version >= 2 && rec.id != v_.head.id + 1) {
      fail(rec.id,
           "行号不连续（上一行为第 " + std::to_string(v_.head.id) + " 行）：记录被重新编号");
    }
    const std::string expected = expected_hash(rec);
    if (expected.empty())
      fail(rec.id, "未知的哈希版本 " + std::to_string(rec.hash_version));
    else if (expected != rec.hash)
      fail(rec.id, "本行内容与哈希不符：记录被修改");
    v_.head = Head{v_.rows, rec.id, rec.hash};
    if (anchor_.count && v_.rows == *anchor_.count && anchor_.head && rec.hash != *anchor_.head)
      fail(rec.id, "锚定的第 " + std::to_string(*anchor_.count) + " 行哈希不符：链被截断后重写");
    if (anchor_.head && rec.hash == *anchor_.head) anchor_found_ = true;
  }

  Verification finish() {
    if (anchor_.count && v_.rows < *anchor_.count) {
      const long long lost = *anchor_.count - v_.rows;
      fail(v_.head.id + 1, "审计日志只有 " + std::to_string(v_.rows) + " 行，锚点记录为 " +
                               std::to_string(*anchor_.count) + " 行：末尾 " +
                               std::to_string(lost) + " 行被删除（" +
                               missing(v_.head.id + 1, v_.head.id + lost) + "）");
    } else if (anchor_.head && !anchor_.count && !anchor_found_) {
      fail(v_.head.id + 1, "锚点哈希 " + *anchor_.head + " 不在链中：链尾被删除或替换");
    }
    return v_;
  }

 private:
  static std::string missing(long long from, long long to) {
    if (from == to) return "缺少第 " + std::to_string(from) + " 行";
    return "缺少第 " + std::to_string(from) + "–" + std::to_string(to) + " 行";
  }

  void fail(long long id, std::string reason) {
    if (v_.ok) {
      v_.ok = false;
      v_.first_broken_id = id;
      v_.reason = reason;
    }
    ++v_.break_count;
    if (v_.breaks.size() < kMaxBreaks) v_.breaks.push_back({id, std::move(reason)});
  }

  const Anchor& anchor_;
  Verification v_;
  long long version_ = 1;
  bool anchor_found_ = false;
};

}  // namespace

Verification verify_chain(db::Database& db, const Anchor& anchor) {
  Walk walk(anchor);
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
      walk.row(rec);
      after_id = rec.id;
    }
    if (static_cast<long long>(batch.size()) < kBatch) break;
  }
  return walk.finish();
}

}  // namespace jixiao::audit
