// The one door to the database: a pool of SOCI sessions over SQLite (default) or PostgreSQL.
#pragma once

#include <soci/soci.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/error.h"
#include "db/statement_cache.h"

namespace jixiao::db {

enum class Dialect { sqlite, postgresql };

class LogCheckpointer;  // db/log_checkpointer.h

// A part of the data whose writes nothing kept outside it reads: a write in an area makes stale
// only what is kept under that area's data version, where other writes make everything stale.
// Monitoring reports: a deadline week submits them by the thousand, and neither the project list
// nor a session reads them.
enum class Area : std::size_t { monitoring_reports };
inline constexpr std::size_t kAreas = 1;

struct DatabaseOptions {
  // A SQLite file path, or "postgresql://host=... port=... dbname=... user=..." (a libpq URI
  // such as "postgresql://user@host:5432/db" works too). Required.
  std::string url;
  // Sessions kept open; a caller waits when all are leased. Default 8.
  std::size_t pool_size = 8;
  // How long SQLite waits on a lock held by another process before failing. Default 5 s.
  int busy_timeout_ms = 5000;
  // SQLite's page cache per session in KiB; 0 keeps SQLite's default (2 MiB). A server keeps a
  // session per worker and stays small; a batch command over a whole year takes a large one.
  long long cache_kib = 0;
  // SQLite: the log is copied into the database by a thread of its own (db/log_checkpointer.h)
  // instead of by the commit that passes SQLite's threshold. The server's choice: its writes
  // answer people waiting; a batch command keeps SQLite's own.
  bool checkpoint_aside = false;
};

class Database {
 public:
  explicit Database(DatabaseOptions options);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Dialect dialect() const { return dialect_; }
  std::size_t pool_size() const { return options_.pool_size; }
  // Sessions currently leased, for /metrics.
  std::size_t leased() const;

  // A token that changes when data is committed, so that what was read under one token may be
  // served again while the token is the same (cached pages, sessions). Read it before reading
  // the data it guards: data read later is at least as new.
  // It joins this process's count of commits, which changes at once, and what the database
  // says of every process's commits (SQLite's PRAGMA data_version on a session that never
  // writes; PostgreSQL's snapshot), asked at most every kOutsidePollMs: asking on every
  // request cost as much as the cached answer saved. So another process's commits (a batch
  // command, another server) show within that time; this process's own commits are told apart
  // from those and counted only once, by their area.
  // Without an area: every commit but those of write(Area, ...); with one: those too.
  std::string data_version() { return version_of(std::nullopt, true).value(); }
  std::string data_version(Area area) { return version_of(area, true).value(); }
  // The same token when it can be had without asking the database (the last answer is recent);
  // nullopt otherwise. For callers that must not wait, such as the network threads.
  std::optional<std::string> recent_data_version() { return version_of(std::nullopt, false); }
  std::optional<std::string> recent_data_version(Area area) { return version_of(area, false); }
  static constexpr long long kOutsidePollMs = 100;
  // How often the log is copied into the database with checkpoint_aside (SQLite).
  static constexpr std::chrono::milliseconds kCheckpointEvery{100};

  // Runs f(session) on a leased session outside any explicit transaction (reads).
  // Database failures leave as AppError (see rethrow_translated).
  template <class F>
  auto read(F&& f) {
    try {
      Lease lease(*this);
      return lease.run(f);
    } catch (const AppError&) {
      throw;
    } catch (const std::exception& e) {
      rethrow_translated(e);
    }
  }

  // Runs f(session) inside one transaction: committed when f returns, rolled back when it throws.
  // SQLite allows one writer: writers queue on a mutex here rather than fail with SQLITE_BUSY.
  template <class F>
  auto write(F&& f) {
    return write_in(std::nullopt, f);
  }
  // The same, for a transaction that changes only the area's tables: what is kept under
  // data_version() stays kept.
  template <class F>
  auto write(Area area, F&& f) {
    return write_in(area, f);
  }

  // A write that nothing kept depends on (a session's clock). On SQLite it is committed through
  // the session that watches for other connections' commits, which does not see its own, so the
  // data version stays as it was and kept pages stay kept: otherwise every session's
  // once-a-minute touch made every kept page stale. On PostgreSQL, the snapshots before and
  // after it tell whether it was the only transaction to end meanwhile; then the token stays.
  void write_aside(const std::function<void(soci::session&)>& f);

  // SQLite: copies the whole log into the database and has the next write start the log again
  // from its beginning, once no reader is using it (waiting for readers briefly, then giving
  // up until the next time). SQLite restarts its log only when no reader is using it, and a long
  // job that keeps one reading beside its writes would otherwise let the log grow without end,
  // slowing every page read and write. PostgreSQL: nothing.
  void restart_log();

  // Turns a database failure into an AppError (unique violations → conflict, busy → unavailable).
  [[noreturn]] static void rethrow_translated(const std::exception& e);

 private:
  template <class F>
  auto write_in(std::optional<Area> area, F& f) {
    try {
      if constexpr (std::is_void_v<decltype(transact(f))>) {
        transact(f);
        committed(area);
      } else {
        auto result = transact(f);
        committed(area);
        return result;
      }
    } catch (const AppError&) {
      throw;
    } catch (const std::exception& e) {
      rethrow_translated(e);
    }
  }
  // write()'s transaction, on a session released (and SQLite's writer turn given up) before
  // committed() runs.
  template <class F>
  auto transact(F& f) {
    Lease lease(*this);
    std::unique_lock<std::mutex> writer;
    if (dialect_ == Dialect::sqlite) writer = std::unique_lock<std::mutex>(write_mutex_);
    return lease.run([&](soci::session& s) {
      Transaction tx(s, dialect_);
      if constexpr (std::is_void_v<decltype(f(s))>) {
        f(s);
        commit_own(tx, s);
      } else {
        auto result = f(s);
        commit_own(tx, s);
        return result;
      }
    });
  }
  // Counts a commit of this process, and asks the database's outside version at once: learning
  // only at the next poll that the version moved made every kept page stale a second time.
  void committed(std::optional<Area> area) noexcept;
  // The token of data_version() and recent_data_version() (nullopt when it would have to ask
  // and may not).
  std::optional<std::string> version_of(std::optional<Area> area, bool may_ask);

  // A pooled session for one use. A PostgreSQL session whose use failed with a database error
  // is checked at its next lease and opened again when its connection was lost (a restart or a
  // failover of the database), so the server recovers without a restart of its own.
  class Lease {
   public:
    explicit Lease(Database& db);
    ~Lease();
    soci::session& session() { return *session_; }
    template <class F>
    auto run(F&& f) {
      try {
        return f(*session_);
      } catch (const AppError&) {
        throw;
      } catch (...) {
        failed_ = true;
        throw;
      }
    }

   private:
    Database& db_;
    std::size_t index_;
    soci::session* session_;
    bool failed_ = false;
  };
  // Opens the pool's session i again when its connection is gone (leased to the caller).
  void revive(std::size_t i);
  // Sessions whose last use failed (PostgreSQL): checked before their next use.
  std::unique_ptr<std::atomic<bool>[]> suspect_;

  class Transaction {
   public:
    Transaction(soci::session& s, Dialect d);
    ~Transaction();
    void commit();

   private:
    soci::session& s_;
    bool done_ = false;
  };

  // Commits a write() so that its change of the outside version is known as this process's
  // own, not another's: on SQLite, where this holds the only writer's lock, the watching
  // session's version just before and just after the commit; on PostgreSQL, the transaction's
  // id, which later snapshots show ended.
  void commit_own(Transaction& tx, soci::session& s);

  DatabaseOptions options_;
  Dialect dialect_;
  std::unique_ptr<soci::connection_pool> pool_;
  std::vector<std::unique_ptr<StatementCache>> statements_;  // one a session, closed first
  // Asks the database what every process has committed and learns it.
  void poll_outside();
  // SQLite's PRAGMA data_version on the watching session; watch_mutex_ held.
  std::string watched_version();
  // SQLite's watching session, opened at first use; watch_mutex_ held.
  soci::session& watch_session();
  void write_aside_postgresql(const std::function<void(soci::session&)>& f);
  // Takes a newly asked outside version: a different one begins a new epoch, unless only this
  // process's own transactions ended meanwhile (PostgreSQL). outside_mutex_ held.
  void learn_outside(std::string asked);
  // Is the last outside version missing or older than kOutsidePollMs? outside_mutex_ held.
  bool outside_due(std::chrono::steady_clock::time_point now) const;  // see data_version
  // write() transactions committed by this process: without an area, and in each area.
  std::atomic<std::uint64_t> commits_{0};
  std::atomic<std::uint64_t> area_commits_[kAreas] = {};
  std::mutex outside_mutex_;
  // PostgreSQL: ids of this process's transactions that a learnt snapshot may not yet show
  // ended; outside_mutex_ held.
  std::set<std::uint64_t> own_xids_;
  std::string outside_;  // the last outside version learnt, asked at outside_at_
  // Counts changes of outside_ other than this process's own writes aside; the token carries
  // this count, not outside_ itself.
  std::uint64_t outside_epoch_ = 0;
  std::chrono::steady_clock::time_point outside_at_;
  std::mutex watch_mutex_;
  std::unique_ptr<soci::session> watch_;  // SQLite: sees the commits of every other session
  StatementCache watch_statements_;       // declared after watch_: finalised before it closes
  std::mutex write_mutex_;                // serialises SQLite writers; unused for PostgreSQL
  mutable std::mutex leased_mutex_;
  std::size_t leased_ = 0;                         // guarded by leased_mutex_
  std::unique_ptr<LogCheckpointer> checkpointer_;  // SQLite with checkpoint_aside; stops first
};

// Is this a PostgreSQL URL (otherwise a SQLite path)?
bool is_postgresql_url(const std::string& url);

}  // namespace jixiao::db
