// The one door to the database: a pool of SOCI sessions over SQLite (default) or PostgreSQL.
#pragma once

#include <soci/soci.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base/error.h"
#include "db/statement_cache.h"

namespace jixiao::db {

enum class Dialect { sqlite, postgresql };

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

  // A token that changes whenever anyone (this process or another) commits a change, so that
  // what was read under one token may be served again while the token is the same. Read it
  // before reading the data it guards: data read later is at least as new.
  // SQLite: PRAGMA data_version of a session that never writes. PostgreSQL: the snapshot (the
  // same snapshot sees the same committed data).
  std::string data_version();

  // Runs f(session) on a leased session outside any explicit transaction (reads).
  // Database failures leave as AppError (see rethrow_translated).
  template <class F>
  auto read(F&& f) {
    try {
      Lease lease(*this);
      return f(lease.session());
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
    try {
      Lease lease(*this);
      std::unique_lock<std::mutex> writer;
      if (dialect_ == Dialect::sqlite) writer = std::unique_lock<std::mutex>(write_mutex_);
      Transaction tx(lease.session(), dialect_);
      if constexpr (std::is_void_v<decltype(f(lease.session()))>) {
        f(lease.session());
        tx.commit();
      } else {
        auto result = f(lease.session());
        tx.commit();
        return result;
      }
    } catch (const AppError&) {
      throw;
    } catch (const std::exception& e) {
      rethrow_translated(e);
    }
  }

  // Turns a database failure into an AppError (unique violations → conflict, busy → unavailable).
  [[noreturn]] static void rethrow_translated(const std::exception& e);

 private:
  class Lease {
   public:
    explicit Lease(Database& db);
    ~Lease();
    soci::session& session() { return *session_; }

   private:
    Database& db_;
    std::size_t index_;
    soci::session* session_;
  };

  class Transaction {
   public:
    Transaction(soci::session& s, Dialect d);
    ~Transaction();
    void commit();

   private:
    soci::session& s_;
    bool done_ = false;
  };

  DatabaseOptions options_;
  Dialect dialect_;
  std::unique_ptr<soci::connection_pool> pool_;
  std::vector<std::unique_ptr<StatementCache>> statements_;  // one a session, closed first
  std::mutex watch_mutex_;
  std::unique_ptr<soci::session> watch_;  // SQLite: sees the commits of every other session
  StatementCache watch_statements_;       // declared after watch_: finalised before it closes
  std::mutex write_mutex_;                // serialises SQLite writers; unused for PostgreSQL
  mutable std::mutex leased_mutex_;
  std::size_t leased_ = 0;  // guarded by leased_mutex_
};

// Is this a PostgreSQL URL (otherwise a SQLite path)?
bool is_postgresql_url(const std::string& url);

}  // namespace jixiao::db
