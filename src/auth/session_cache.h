// Sessions as last read, served again while the database's data version is unchanged
// (db::Database::data_version): every request asks for its session, and whatever could change
// the answer (a logout, a change to the user or the organisation) is a commit that changes the
// version. The once-a-minute touch is written aside (Database::write_aside), and the toucher
// stores the session with its new clock.
#pragma once

#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "auth/repo.h"

namespace jixiao::auth {

class SessionCache {
 public:
  explicit SessionCache(std::size_t max_sessions = 50'000) : max_sessions_(max_sessions) {}
  std::optional<repo::SessionRow> find(const std::string& token_hash, const std::string& version);
  void store(const std::string& token_hash, const std::string& version,
             const repo::SessionRow& row);

 private:
  struct Entry {
    std::string version;
    repo::SessionRow row;
  };
  const std::size_t max_sessions_;
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace jixiao::auth
