#include "audit/head_watch.h"

#include <spdlog/spdlog.h>

#include "base/thread_name.h"

namespace jixiao::audit {

HeadWatch::HeadWatch(db::Database& db, std::chrono::seconds interval)
    : db_(db), interval_(interval) {
  read_now();
  thread_ = std::thread([this] {
    name_thread("jixiao-audit");
    run();
  });
}

HeadWatch::~HeadWatch() { stop(); }

void HeadWatch::stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

Head HeadWatch::last() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return head_;
}

Head HeadWatch::recent(std::chrono::seconds max_age) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (std::chrono::steady_clock::now() - read_at_ <= max_age) return head_;
  }
  read_now();
  return last();
}

void HeadWatch::read_now() {
  Head now;
  try {
    now = db_.read([](soci::session& s) { return read_head(s); });
  } catch (const std::exception& e) {
    spdlog::warn("audit head not read: {}", e.what());
    return;
  }
  bool moved = false;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    moved = now.rows != head_.rows || now.hash != head_.hash;
    head_ = now;
    read_at_ = std::chrono::steady_clock::now();
  }
  if (moved) spdlog::info("audit head {}", describe(now));
}

void HeadWatch::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    wake_.wait_for(lock, interval_, [this] { return stopping_; });
    if (stopping_) break;
    lock.unlock();
    read_now();
    lock.lock();
  }
}

}  // namespace jixiao::audit
