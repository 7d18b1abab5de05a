#include "cli/log_sink.h"

#include <unistd.h>

#include <cerrno>
#include <chrono>

#include "base/thread_name.h"

namespace jixiao::cli {

namespace {

constexpr std::size_t kWriteAtBytes = 1 << 20;

void write_all(const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(STDOUT_FILENO, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // nowhere to write: the lines are lost, the server goes on
    done += static_cast<std::size_t>(n);
  }
}

}  // namespace

BatchedStdoutSink::BatchedStdoutSink()
    : writer_([this] {
        name_thread("jixiao-log");
        run();
      }) {}

BatchedStdoutSink::~BatchedStdoutSink() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  writer_.join();
}

void BatchedStdoutSink::sink_it_(const spdlog::details::log_msg& msg) {
  spdlog::memory_buf_t line;
  formatter_->format(msg, line);
  pending_.append(line.data(), line.size());
  if (msg.level >= spdlog::level::warn || pending_.size() >= kWriteAtBytes) {
    urgent_ = true;
    wake_.notify_one();
  }
}

void BatchedStdoutSink::flush_() {
  urgent_ = true;
  wake_.notify_one();
}

void BatchedStdoutSink::run() {
  std::string batch;
  for (;;) {
    bool last = false;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait_for(lock, std::chrono::milliseconds(100), [this] { return urgent_ || stopping_; });
      batch.swap(pending_);
      urgent_ = false;
      last = stopping_;
    }
    write_all(batch);
    batch.clear();
    if (last) return;
  }
}

}  // namespace jixiao::cli
