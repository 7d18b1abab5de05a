// Where `jixiao serve` writes its log: standard output, through a thread of its own. The network
// threads log a line a request; writing and flushing each line themselves took a third of their
// time at 30,000 requests a second, and a write the disk held back stalled every connection
// (p99 of 100-270 ms in bench/http). Handing each line to a logging thread through a queue cost
// a wake-up a line. Here a line is formatted into a buffer under a short lock; the writer
// thread takes the whole buffer every 0.1 s (at once after a warning or error, or when it
// passes 1 MiB) and writes it outside the lock.
#pragma once

#include <spdlog/sinks/base_sink.h>

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace jixiao::cli {

class BatchedStdoutSink : public spdlog::sinks::base_sink<std::mutex> {
 public:
  BatchedStdoutSink();
  ~BatchedStdoutSink() override;  // writes what is left

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override;
  void flush_() override;

 private:
  void run();
  // Guarded by base_sink's mutex_ (held around sink_it_ and flush_), and by it only.
  std::string pending_;
  bool stopping_ = false;
  bool urgent_ = false;
  std::condition_variable_any wake_;
  std::thread writer_;
};

}  // namespace jixiao::cli
