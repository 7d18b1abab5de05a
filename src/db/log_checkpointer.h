// SQLite's log copied into the database by a thread of its own.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace jixiao::db {

// Every `every`, a passive checkpoint on a connection of its own: the log's frames that no
// reader still needs go into the database file, and the file is synced. With SQLite's automatic
// checkpoints the commit that passes a thousand pages of log does that work itself, so a unit's
// submit now and then waited milliseconds for pages other writes had left (bench/http/mix). A
// passive checkpoint waits for no reader or writer; the next write starts the log again from its
// beginning once all of it has been copied and no reader is using it, as after SQLite's own.
// The thread keeps the default priority: a checkpoint briefly locks the readers' marks, and one
// held by a thread the scheduler set aside made every reader and writer wait for it.
class LogCheckpointer {
 public:
  LogCheckpointer(std::string path, std::chrono::milliseconds every);
  ~LogCheckpointer();  // stops the thread (after the checkpoint under way, if any)
  LogCheckpointer(const LogCheckpointer&) = delete;
  LogCheckpointer& operator=(const LogCheckpointer&) = delete;

 private:
  void run();

  std::string path_;
  std::chrono::milliseconds every_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;  // guarded by mutex_
  std::thread thread_;
};

}  // namespace jixiao::db
