#include "auth/session_cache.h"

namespace jixiao::auth {

std::optional<repo::SessionRow> SessionCache::find(const std::string& token_hash,
                                                   const std::string& version) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = entries_.find(token_hash);
  if (it == entries_.end() || it->second.version != version) return std::nullopt;
  return it->second.row;
}

void SessionCache::store(const std::string& token_hash, const std::string& version,
                         const repo::SessionRow& row) {
  std::lock_guard<std::mutex> lock(mutex_);
  // More sessions than a province has staff online: start again rather than track their age.
  if (entries_.size() >= max_sessions_ && !entries_.contains(token_hash)) entries_.clear();
  entries_[token_hash] = Entry{version, row};
}

}  // namespace jixiao::auth
