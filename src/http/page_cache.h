// Whole answers of a read-only list, kept by the caller's data scope and query and served again
// while the database's data version is unchanged (db::Database::data_version): any commit of
// another process, or of this one outside an area (db::Area), makes every kept page stale. A page
// the office walks through is then built once per change instead of once per request.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "http/message.h"

namespace jixiao::http {

class PageCache {
 public:
  // Keeps at most max_bytes of bodies (least recently used go first); 0 keeps nothing.
  explicit PageCache(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  // The JSON answer stored under key at version, or else build()'s, stored for next time.
  // Read version before anything build() reads. build() may throw: nothing is stored. Callers
  // asking for a page that another is building at the same version wait for that one rather
  // than build it again: after a commit, every connection on a popular page asks at once.
  Response answer(const std::string& key, const std::string& version,
                  const std::function<boost::json::value()>& build);
  // The same for a body built as it is sent (a CSV as well as JSON); the caller sets its type.
  Response answer_text(const std::string& key, const std::string& version,
                       const std::function<std::string()>& build);
  // The kept answer under key at version, or nullopt (nothing is built).
  std::optional<Response> kept(const std::string& key, const std::string& version);

  struct Stats {
    std::size_t hits = 0, misses = 0, pages = 0, bytes = 0;
  };
  Stats stats() const;

 private:
  struct Page {
    std::string key;
    std::string version;
    std::shared_ptr<const std::string> body;
  };
  // A build under way, which callers of the same key and version wait for.
  struct Flight {
    std::string version;
    bool done = false;
    std::shared_ptr<const std::string> body;  // null when the build failed
  };
  // find() under the mutex.
  std::shared_ptr<const std::string> find_locked(const std::string& key,
                                                 const std::string& version);
  std::shared_ptr<const std::string> find(const std::string& key, const std::string& version);
  void store(const std::string& key, const std::string& version,
             std::shared_ptr<const std::string> body);

  const std::size_t max_bytes_;
  mutable std::mutex mutex_;
  std::list<Page> pages_;  // most recently used first
  std::unordered_map<std::string, std::list<Page>::iterator> index_;
  std::unordered_map<std::string, std::shared_ptr<Flight>> flights_;  // by key
  std::condition_variable landed_;                                    // a flight is done
  Stats stats_;
};

}  // namespace jixiao::http
