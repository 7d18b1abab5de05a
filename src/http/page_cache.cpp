#include "http/page_cache.h"

#include <boost/json.hpp>

namespace jixiao::http {

Response PageCache::answer(const std::string& key, const std::string& version,
                           const std::function<boost::json::value()>& build) {
  return answer_text(key, version, [&] { return boost::json::serialize(build()); });
}

Response PageCache::answer_text(const std::string& key, const std::string& version,
                                const std::function<std::string()>& build) {
  Response res;
  std::shared_ptr<Flight> mine;  // set when this caller builds for the others
  {
    std::unique_lock<std::mutex> lock(mutex_);
    res.shared_body = find_locked(key, version);
    if (res.shared_body) return res;
    auto& flight = flights_[key];
    if (flight && flight->version == version) {
      const auto theirs = flight;
      landed_.wait(lock, [&] { return theirs->done; });
      if (theirs->body) {
        ++stats_.hits;
        res.shared_body = theirs->body;
        return res;
      }
      // Their build failed: try once more here, without holding up anyone else.
    } else if (!flight) {
      flight = std::make_shared<Flight>();
      flight->version = version;
      mine = flight;
    }
    ++stats_.misses;
  }
  // Lands the flight (with the body, or none if the build threw) and wakes its waiters.
  auto land = [&](std::shared_ptr<const std::string> body) {
    if (!mine) return;
    std::lock_guard<std::mutex> lock(mutex_);
    mine->body = std::move(body);
    mine->done = true;
    if (auto it = flights_.find(key); it != flights_.end() && it->second == mine)
      flights_.erase(it);
    landed_.notify_all();
  };
  try {
    res.shared_body = std::make_shared<const std::string>(build());
  } catch (...) {
    land(nullptr);
    throw;
  }
  store(key, version, res.shared_body);
  land(res.shared_body);
  return res;
}

std::optional<Response> PageCache::kept(const std::string& key, const std::string& version) {
  auto body = find(key, version);
  if (!body) return std::nullopt;
  Response res;
  res.shared_body = std::move(body);
  return res;
}

std::shared_ptr<const std::string> PageCache::find(const std::string& key,
                                                   const std::string& version) {
  std::lock_guard<std::mutex> lock(mutex_);
  return find_locked(key, version);
}

std::shared_ptr<const std::string> PageCache::find_locked(const std::string& key,
                                                          const std::string& version) {
  auto it = index_.find(key);
  if (it == index_.end() || it->second->version != version) return nullptr;
  ++stats_.hits;
  pages_.splice(pages_.begin(), pages_, it->second);
  return it->second->body;
}

void PageCache::store(const std::string& key, const std::string& version,
                      std::shared_ptr<const std::string> body) {
  if (body->size() > max_bytes_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = index_.find(key); it != index_.end()) {
    stats_.bytes -= it->second->body->size();
    pages_.erase(it->second);
    index_.erase(it);
  }
  stats_.bytes += body->size();
  pages_.push_front(Page{key, version, std::move(body)});
  index_[key] = pages_.begin();
  while (stats_.bytes > max_bytes_) {
    const Page& last = pages_.back();
    stats_.bytes -= last.body->size();
    index_.erase(last.key);
    pages_.pop_back();
  }
  stats_.pages = pages_.size();
}

PageCache::Stats PageCache::stats() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return stats_;
}

}  // namespace jixiao::http
