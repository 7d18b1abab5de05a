// Rows as last read, served again while the database's data version is unchanged
// (db::Database::data_version): every request asks for its session (or API token), and whatever
// could change the answer (a logout, a revoked token, a change to the user or the organisation)
// is a commit that changes the version. The once-a-minute touch is written aside
// (Database::write_aside), and the toucher stores the row with its new clock.
#pragma once

#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "auth/repo.h"

namespace jixiao::auth {

template <class Row>
class KeptRows {
 public:
  explicit KeptRows(std::size_t max_rows = 50'000) : max_rows_(max_rows) {}
  std::optional<Row> find(const std::string& token_hash, const std::string& version) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = entries_.find(token_hash);
    if (it == entries_.end() || it->second.version != version) return std::nullopt;
    return it->second.row;
  }
  void store(const std::string& token_hash, const std::string& version, const Row& row) {
    std::lock_guard<std::mutex> lock(mutex_);
    // More sessions than a province has staff online: start again rather than track their age.
    if (entries_.size() >= max_rows_ && !entries_.contains(token_hash)) entries_.clear();
    entries_[token_hash] = Entry{version, row};
  }

 private:
  struct Entry {
    std::string version;
    Row row;
  };
  const std::size_t max_rows_;
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
};

using SessionCache = KeptRows<repo::SessionRow>;

}  // namespace jixiao::auth
