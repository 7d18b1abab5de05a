// Prepared statements kept with a pooled session and reused by their SQL text. Parsing and
// planning the same SQL again on every request was most of a small request's time (the session
// lookup that every request makes spent half its time in sqlite3_prepare).
#pragma once

#include <soci/soci.h>

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

namespace jixiao::db {

// A statement with the storage its parameters and columns are bound to: SOCI binds by address,
// so the values live here, as long as the statement.
struct Prepared {
  std::unique_ptr<soci::statement> statement;
  std::vector<std::variant<long long, std::string>> values;
  std::shared_ptr<void> row;  // the Row the columns are bound into
  bool busy = false;          // in use further up the stack: that caller prepares its own
  std::uint64_t last_used = 0;
};

class StatementCache {
 public:
  explicit StatementCache(std::size_t capacity = 128) : capacity_(capacity) {}
  // The entry for key, new and empty when absent (the least recently used one makes room);
  // nullptr while that entry is busy.
  Prepared* find_or_add(const std::string& key);
  std::size_t size() const { return entries_.size(); }
  // Drops every statement: its session's connection was lost and is to be opened again.
  void clear() { entries_.clear(); }

 private:
  std::size_t capacity_;
  std::uint64_t clock_ = 0;
  std::unordered_map<std::string, std::unique_ptr<Prepared>> entries_;
};

// The cache of a session that a Database keeps in its pool; nullptr for any other session.
StatementCache* statement_cache(soci::session& s);
// Called by the Database for each session of its pool, when opened and before closing.
void register_statement_cache(soci::session& s, StatementCache* cache);
void unregister_statement_cache(soci::session& s);

}  // namespace jixiao::db
