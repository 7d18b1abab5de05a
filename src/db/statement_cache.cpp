#include "db/statement_cache.h"

#include <algorithm>
#include <mutex>
#include <shared_mutex>

namespace jixiao::db {

namespace {

// Sessions are opened and closed with their Database, rarely; every query looks its cache up.
std::shared_mutex registry_mutex;
std::unordered_map<const soci::session*, StatementCache*>& registry() {
  static std::unordered_map<const soci::session*, StatementCache*> caches;
  return caches;
}

}  // namespace

Prepared* StatementCache::find_or_add(const std::string& key) {
  auto it = entries_.find(key);
  if (it == entries_.end()) {
    if (entries_.size() >= capacity_) {
      auto oldest = std::min_element(entries_.begin(), entries_.end(), [](auto& a, auto& b) {
        return !a.second->busy && (b.second->busy || a.second->last_used < b.second->last_used);
      });
      if (!oldest->second->busy) entries_.erase(oldest);
    }
    it = entries_.emplace(key, std::make_unique<Prepared>()).first;
  }
  Prepared* p = it->second.get();
  if (p->busy) return nullptr;
  p->last_used = ++clock_;
  return p;
}

StatementCache* statement_cache(soci::session& s) {
  std::shared_lock lock(registry_mutex);
  auto it = registry().find(&s);
  return it == registry().end() ? nullptr : it->second;
}

void register_statement_cache(soci::session& s, StatementCache* cache) {
  std::unique_lock lock(registry_mutex);
  registry()[&s] = cache;
}

void unregister_statement_cache(soci::session& s) {
  std::unique_lock lock(registry_mutex);
  registry().erase(&s);
}

}  // namespace jixiao::db
