#include "db/database.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <spdlog/spdlog.h>

#include "base/error.h"
#include "db/log_checkpointer.h"
#include "db/pg_snapshot.h"
#include "db/query.h"

namespace jixiao::db {

bool is_postgresql_url(const std::string& url) {
  return url.starts_with("postgresql://") || url.starts_with("postgres://");
}

namespace {

// libpq accepts "key=value ..." strings and URIs; SOCI wants the part after its own scheme.
std::string postgresql_connect_string(const std::string& url) {
  const auto rest = url.substr(url.find("://") + 3);
  if (rest.find('=') != std::string::npos && rest.find('/') == std::string::npos) return rest;
  return url;
}

// SQLite counts every allocation under one process-wide mutex unless told not to; with a
// session per worker that mutex was the most contended lock of a busy server. Each session is
// used by one thread at a time (leased from the pool; the watching one under its own mutex), so
// a connection needs no mutex of its own around every call either (multi-thread mode). Both can
// only be set before SQLite's first use, so the first Database does it.
void configure_sqlite_once() {
  static const bool configured = [] {
    sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    return true;
  }();
  (void)configured;
}

// The snapshot as text: the same snapshot sees the same committed data.
std::string pg_snapshot(soci::session& s) {
  Query q("SELECT CAST(pg_current_snapshot() AS TEXT)");
  return *fetch_first<std::string>(
      s, q, [](soci::statement& st, std::string& v) { st.exchange(soci::into(v)); });
}

}  // namespace

Database::Database(DatabaseOptions options)
    : options_(std::move(options)),
      dialect_(is_postgresql_url(options_.url) ? Dialect::postgresql : Dialect::sqlite) {
  if (options_.pool_size == 0) options_.pool_size = 1;
  if (dialect_ == Dialect::sqlite) configure_sqlite_once();
  pool_ = std::make_unique<soci::connection_pool>(options_.pool_size);
  for (std::size_t i = 0; i < options_.pool_size; ++i) {
    soci::session& s = pool_->at(i);
    if (dialect_ == Dialect::postgresql) {
      s.open(soci::postgresql, postgresql_connect_string(options_.url));
      s << "SET client_min_messages TO WARNING";
    } else {
      s.open(soci::sqlite3, "db=\"" + options_.url + "\" timeout=" +
                                std::to_string(options_.busy_timeout_ms / 1000 + 1));
      s << "PRAGMA busy_timeout = " + std::to_string(options_.busy_timeout_ms);
      // WAL lets readers run beside the one writer; NORMAL sync is durable across app crashes.
      s << "PRAGMA journal_mode = WAL";
      s << "PRAGMA synchronous = NORMAL";
      s << "PRAGMA foreign_keys = ON";
      if (options_.cache_kib > 0) s << "PRAGMA cache_size = -" + std::to_string(options_.cache_kib);
      if (options_.checkpoint_aside) s << "PRAGMA wal_autocheckpoint = 0";
    }
  }
  suspect_ = std::make_unique<std::atomic<bool>[]>(options_.pool_size);
  // Only once every session is open: a constructor that throws leaves nothing registered.
  for (std::size_t i = 0; i < options_.pool_size; ++i) {
    statements_.push_back(std::make_unique<StatementCache>());
    register_statement_cache(pool_->at(i), statements_.back().get());
  }
  if (dialect_ == Dialect::sqlite && options_.checkpoint_aside)
    checkpointer_ = std::make_unique<LogCheckpointer>(options_.url, kCheckpointEvery);
}

std::optional<std::string> Database::version_of(std::optional<Area> area, bool may_ask) {
  // Commits counted before the outside version is read: a commit between the two makes the
  // token older than the data it guards, never newer.
  std::string commits = std::to_string(commits_.load());
  if (area) commits += "/" + std::to_string(area_commits_[static_cast<std::size_t>(*area)].load());
  std::unique_lock<std::mutex> lock(outside_mutex_);
  const auto now = std::chrono::steady_clock::now();
  if (outside_due(now)) {
    if (!may_ask) return std::nullopt;
    // One caller asks; the others keep using the last answer meanwhile.
    outside_at_ = now;
    lock.unlock();
    poll_outside();
    lock.lock();
  }
  return std::to_string(outside_epoch_) + "/" + commits;
}

void Database::learn_outside(std::string asked) {
  if (asked == outside_) return;
  // On PostgreSQL a snapshot tells which transactions ended: when all were this process's own,
  // their commits are counted already (or about to be), by area.
  const bool own_only = dialect_ == Dialect::postgresql && !outside_.empty() &&
                        only_these_ended_between(outside_, asked, own_xids_);
  outside_ = std::move(asked);
  if (!own_only) ++outside_epoch_;
  if (dialect_ == Dialect::postgresql) {
    // Below the snapshot's xmin every id has ended, and a later snapshot shows them ended too.
    if (const auto learnt = parse_pg_snapshot(outside_))
      own_xids_.erase(own_xids_.begin(), own_xids_.lower_bound(learnt->xmin));
  }
}

void Database::commit_own(Transaction& tx, soci::session& s) {
  if (dialect_ == Dialect::postgresql) {
    long long xid = 0;
    s << "SELECT txid_current()", soci::into(xid);
    {
      std::lock_guard<std::mutex> lock(outside_mutex_);
      own_xids_.insert(static_cast<std::uint64_t>(xid));
    }
    tx.commit();
    return;
  }
  // SQLite: this holds the writer's lock, so no other process commits between before and
  // after; and the watching session's lock keeps the polls from learning either meanwhile.
  std::lock_guard<std::mutex> watch(watch_mutex_);
  std::string before, after;
  try {
    before = watched_version();
  } catch (...) {
    // Unknown: the commit is then learnt like another process's.
  }
  tx.commit();
  try {
    after = watched_version();
  } catch (...) {
  }
  std::lock_guard<std::mutex> lock(outside_mutex_);
  if (!before.empty() && !after.empty() && before == outside_) {
    outside_ = std::move(after);
    outside_at_ = std::chrono::steady_clock::now();
  }
}

void Database::committed(std::optional<Area> area) noexcept {
  bool asked = false;
  try {
    poll_outside();
    asked = true;
  } catch (...) {
    // The database is unreachable just after a commit: the next poll will tell.
  }
  std::lock_guard<std::mutex> lock(outside_mutex_);
  if (area)
    area_commits_[static_cast<std::size_t>(*area)].fetch_add(1);
  else
    commits_.fetch_add(1);
  if (asked) outside_at_ = std::chrono::steady_clock::now();
}

bool Database::outside_due(std::chrono::steady_clock::time_point now) const {
  return outside_.empty() || now - outside_at_ >= std::chrono::milliseconds(kOutsidePollMs);
}

void Database::poll_outside() {
  if (dialect_ == Dialect::postgresql) {
    // The same snapshot sees the same committed data.
    std::string asked = read([](soci::session& s) { return pg_snapshot(s); });
    std::lock_guard<std::mutex> lock(outside_mutex_);
    learn_outside(std::move(asked));
    return;
  }
  try {
    // Read and learnt under the watching session's lock: a commit of this process then falls
    // wholly before or after (see commit_own).
    std::lock_guard<std::mutex> watch(watch_mutex_);
    std::string asked = watched_version();
    std::lock_guard<std::mutex> lock(outside_mutex_);
    learn_outside(std::move(asked));
  } catch (const std::exception& e) {
    rethrow_translated(e);
  }
}

std::string Database::watched_version() {
  // Changes whenever another connection, of any process, commits.
  return std::to_string(Query("PRAGMA data_version").scalar(watch_session()));
}

soci::session& Database::watch_session() {
  if (!watch_) {
    watch_ = std::make_unique<soci::session>(soci::sqlite3, "db=\"" + options_.url + "\"");
    *watch_ << "PRAGMA busy_timeout = " + std::to_string(options_.busy_timeout_ms);
    // It also commits write_aside()'s writes: as durable as the pool's.
    *watch_ << "PRAGMA synchronous = NORMAL";
    if (options_.checkpoint_aside) *watch_ << "PRAGMA wal_autocheckpoint = 0";
    *watch_ << "PRAGMA foreign_keys = ON";
    register_statement_cache(*watch_, &watch_statements_);
  }
  return *watch_;
}

void Database::restart_log() {
  if (dialect_ != Dialect::sqlite) return;
  Lease lease(*this);
  std::unique_lock<std::mutex> writer(write_mutex_);
  lease.run([&](soci::session& s) {
    // A short wait for other readers: a restart missed now comes with the next one. The
    // session's own wait is put back even when the checkpoint fails.
    const std::string own_wait =
        "PRAGMA busy_timeout = " + std::to_string(options_.busy_timeout_ms);
    s << "PRAGMA busy_timeout = 200";
    try {
      s << "PRAGMA wal_checkpoint(RESTART)";
    } catch (...) {
      s << own_wait;
      throw;
    }
    s << own_wait;
  });
}

void Database::write_aside(const std::function<void(soci::session&)>& f) {
  try {
    if (dialect_ == Dialect::postgresql) {
      write_aside_postgresql(f);
      return;
    }
    std::lock_guard<std::mutex> writer(write_mutex_);  // SQLite's one writer, as in write()
    std::lock_guard<std::mutex> lock(watch_mutex_);
    soci::session& s = watch_session();
    Transaction tx(s, dialect_);
    f(s);
    tx.commit();
  } catch (const AppError&) {
    throw;
  } catch (const std::exception& e) {
    rethrow_translated(e);
  }
}

void Database::write_aside_postgresql(const std::function<void(soci::session&)>& f) {
  // Its id among this process's own: a snapshot that shows only such ids ended since the last
  // one is learnt without a new epoch, and no count moves, so the token stays.
  Lease lease(*this);
  soci::session& s = lease.session();
  Transaction tx(s, dialect_);
  long long xid = 0;
  s << "SELECT txid_current()", soci::into(xid);
  {
    std::lock_guard<std::mutex> lock(outside_mutex_);
    own_xids_.insert(static_cast<std::uint64_t>(xid));
  }
  f(s);
  tx.commit();
}

Database::~Database() {
  if (watch_) unregister_statement_cache(*watch_);
  // The statements belong to their sessions: finalised while the sessions are still open.
  for (std::size_t i = 0; i < statements_.size(); ++i) unregister_statement_cache(pool_->at(i));
  statements_.clear();
}

std::size_t Database::leased() const {
  std::lock_guard<std::mutex> lock(leased_mutex_);
  return leased_;
}

Database::Lease::Lease(Database& db) : db_(db) {
  index_ = db.pool_->lease();
  session_ = &db.pool_->at(index_);
  if (db.suspect_[index_].load()) {
    try {
      db.revive(index_);
    } catch (...) {
      db.pool_->give_back(index_);
      throw;
    }
  }
  std::lock_guard<std::mutex> lock(db.leased_mutex_);
  ++db.leased_;
}

Database::Lease::~Lease() {
  if (failed_ && db_.dialect_ == Dialect::postgresql) db_.suspect_[index_].store(true);
  {
    std::lock_guard<std::mutex> lock(db_.leased_mutex_);
    --db_.leased_;
  }
  db_.pool_->give_back(index_);
}

void Database::revive(std::size_t i) {
  soci::session& s = pool_->at(i);
  if (s.is_connected()) {  // one round trip, only after a failure
    suspect_[i].store(false);
    return;
  }
  spdlog::warn("database session {} lost its connection: opening it again", i);
  // The statements belong to the old connection: finalised before it goes.
  statements_[i]->clear();
  s.reconnect();  // throws while the database cannot be reached: asked again next time
  s << "SET client_min_messages TO WARNING";
  suspect_[i].store(false);
  spdlog::info("database session {} connected again", i);
}

Database::Transaction::Transaction(soci::session& s, Dialect d) : s_(s) {
  // IMMEDIATE takes SQLite's write lock up front, so a read never has to upgrade mid-transaction.
  s_ << (d == Dialect::sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
}

Database::Transaction::~Transaction() {
  if (!done_) {
    try {
      s_ << "ROLLBACK";
    } catch (...) {
    }
  }
}

void Database::Transaction::commit() {
  s_ << "COMMIT";
  done_ = true;
}

void Database::rethrow_translated(const std::exception& e) {
  if (auto app = dynamic_cast<const AppError*>(&e)) throw *app;
  const std::string what = e.what();
  if (what.find("UNIQUE constraint failed") != std::string::npos ||
      what.find("duplicate key value") != std::string::npos)
    throw conflict("duplicate", "记录已存在（编码或名称重复）");
  if (what.find("FOREIGN KEY constraint failed") != std::string::npos ||
      what.find("violates foreign key constraint") != std::string::npos)
    throw precondition("referenced", "记录被引用或引用的记录不存在");
  // The database restarting, failing over or out of reach: a moment's wait, not a fault here.
  for (const char* lost :
       {"server closed the connection", "terminating connection", "no connection to the server",
        "could not connect to server", "connection to server", "the database system is",
        "Connection refused", "read-only transaction"}) {
    if (what.find(lost) != std::string::npos) {
      spdlog::warn("database unavailable: {}", what);
      throw AppError(ErrorKind::unavailable, "database_unavailable",
                     "数据库暂时无法访问，请稍后重试");
    }
  }
  if (what.find("database is locked") != std::string::npos ||
      what.find("could not serialize") != std::string::npos)
    throw AppError(ErrorKind::unavailable, "busy", "数据库繁忙，请稍后重试");
  spdlog::error("database error: {}", what);
  throw AppError(ErrorKind::internal, "database_error", "数据库错误");
}

}  // namespace jixiao::db
