#include "db/log_checkpointer.h"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>

#include <exception>

#include "base/thread_name.h"

namespace jixiao::db {

LogCheckpointer::LogCheckpointer(std::string path, std::chrono::milliseconds every)
    : path_(std::move(path)), every_(every), thread_([this] {
        name_thread("jixiao-wal");
        run();
      }) {}

LogCheckpointer::~LogCheckpointer() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void LogCheckpointer::run() {
  try {
    soci::session s(soci::sqlite3, "db=\"" + path_ + "\"");
    std::unique_lock<std::mutex> lock(mutex_);
    while (!wake_.wait_for(lock, every_, [this] { return stop_; })) {
      lock.unlock();
      try {
        s << "PRAGMA wal_checkpoint(PASSIVE)";
      } catch (const std::exception& e) {
        // Busy or failing now: the next turn tries again; the log only grows meanwhile.
        spdlog::warn("log checkpoint: {}", e.what());
      }
      lock.lock();
    }
  } catch (const std::exception& e) {
    spdlog::error("log checkpoints stopped: {}", e.what());
  }
}

}  // namespace jixiao::db
