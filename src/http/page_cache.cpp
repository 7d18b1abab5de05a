#include "http/page_cache.h"

#include <boost/json.hpp>

namespace jixiao::http {

Response PageCache::answer(const std::string& key, const std::string& version,
                           const std::function<boost::json::value()>& build) {
  Response res;
  res.shared_body = find(key, version);
  if (res.shared_body) return res;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ++stats_.misses;
  }
  res.shared_body = std::make_shared<const std::string>(boost::json::serialize(build()));
  store(key, version, res.shared_body);
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
