#include "db/database.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <spdlog/spdlog.h>

#include "base/error.h"
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
// session per worker that mutex was the most contended lock of a busy server. It can only be
// set before SQLite's first use, so the first Database does it.
void configure_sqlite_once() {
  static const int configured = sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
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
    }
  }
  // Only once every session is open: a constructor that throws leaves nothing registered.
  for (std::size_t i = 0; i < options_.pool_size; ++i) {
    statements_.push_back(std::make_unique<StatementCache>());
    register_statement_cache(pool_->at(i), statements_.back().get());
  }
}

std::string Database::data_version() {
  // Commits counted before the outside version is read: a commit between the two makes the
  // token older than the data it guards, never newer.
  const std::string commits = std::to_string(commits_.load());
  std::unique_lock<std::mutex> lock(outside_mutex_);
  const auto now = std::chrono::steady_clock::now();
  if (outside_due(now)) {
    // One caller asks; the others keep using the last answer meanwhile.
    outside_at_ = now;
    lock.unlock();
    std::string asked = outside_version();
    lock.lock();
    learn_outside(std::move(asked));
  }
  return std::to_string(outside_epoch_) + "/" + commits;
}

void Database::learn_outside(std::string asked) {
  if (asked == outside_) return;
  outside_ = std::move(asked);
  ++outside_epoch_;
}

void Database::committed() noexcept {
  std::string asked;
  try {
    asked = outside_version();
  } catch (...) {
    // The database is unreachable just after a commit: the next poll will tell.
  }
  std::lock_guard<std::mutex> lock(outside_mutex_);
  commits_.fetch_add(1);
  if (!asked.empty()) {
    learn_outside(std::move(asked));
    outside_at_ = std::chrono::steady_clock::now();
  }
}

std::optional<std::string> Database::recent_data_version() {
  const std::string commits = std::to_string(commits_.load());
  std::lock_guard<std::mutex> lock(outside_mutex_);
  if (outside_due(std::chrono::steady_clock::now())) return std::nullopt;
  return std::to_string(outside_epoch_) + "/" + commits;
}

bool Database::outside_due(std::chrono::steady_clock::time_point now) const {
  return outside_.empty() || now - outside_at_ >= std::chrono::milliseconds(kOutsidePollMs);
}

std::string Database::outside_version() {
  if (dialect_ == Dialect::postgresql) {
    // The same snapshot sees the same committed data.
    return read([](soci::session& s) { return pg_snapshot(s); });
  }
  try {
    // Changes whenever another connection, of any process, commits.
    std::lock_guard<std::mutex> lock(watch_mutex_);
    return std::to_string(Query("PRAGMA data_version").scalar(watch_session()));
  } catch (const std::exception& e) {
    rethrow_translated(e);
  }
}

soci::session& Database::watch_session() {
  if (!watch_) {
    watch_ = std::make_unique<soci::session>(soci::sqlite3, "db=\"" + options_.url + "\"");
    *watch_ << "PRAGMA busy_timeout = " + std::to_string(options_.busy_timeout_ms);
    // It also commits write_aside()'s writes: as durable as the pool's.
    *watch_ << "PRAGMA synchronous = NORMAL";
    *watch_ << "PRAGMA foreign_keys = ON";
    register_statement_cache(*watch_, &watch_statements_);
  }
  return *watch_;
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
  std::string before, after;
  long long xid = 0;
  {
    Lease lease(*this);
    soci::session& s = lease.session();
    before = pg_snapshot(s);
    Transaction tx(s, dialect_);
    s << "SELECT txid_current()", soci::into(xid);
    f(s);
    tx.commit();
    after = pg_snapshot(s);
  }
  // If nothing but this transaction ended since the outside version was last learnt, its new
  // value says only this write: learnt without a new epoch, the token stays. Otherwise the next
  // poll sees the change like any other.
  std::lock_guard<std::mutex> lock(outside_mutex_);
  if (before == outside_ && only_this_ended_between(before, after, static_cast<std::uint64_t>(xid)))
    outside_ = std::move(after);
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
  std::lock_guard<std::mutex> lock(db.leased_mutex_);
  ++db.leased_;
}

Database::Lease::~Lease() {
  {
    std::lock_guard<std::mutex> lock(db_.leased_mutex_);
    --db_.leased_;
  }
  db_.pool_->give_back(index_);
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
  if (what.find("database is locked") != std::string::npos ||
      what.find("could not serialize") != std::string::npos)
    throw AppError(ErrorKind::unavailable, "busy", "数据库繁忙，请稍后重试");
  spdlog::error("database error: {}", what);
  throw AppError(ErrorKind::internal, "database_error", "数据库错误");
}

}  // namespace jixiao::db
