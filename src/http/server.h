// The network edge: HTTP/1.1 keep-alive on Asio coroutines, handlers on a bounded worker pool.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "http/message.h"

namespace jixiao::http {

struct ServerOptions {
  std::string host = "127.0.0.1";       // address to listen on
  unsigned short port = 8080;           // 0 picks a free port (printed at start)
  std::size_t io_threads = 2;           // threads running network I/O
  std::size_t workers = 8;              // threads running handlers (and holding database sessions)
  std::size_t max_queued = 512;         // requests waiting for a worker before answering 503
  std::size_t body_limit = 8 << 20;     // bytes; default 8 MiB
  std::size_t upload_limit = 64 << 20;  // bytes for upload routes (uploads check their own limit)
  std::chrono::seconds header_timeout{10};  // to read a request's header once it has begun
  std::chrono::seconds idle_timeout{75};    // keep-alive connection with no request
  std::chrono::seconds body_timeout{120};   // to read a request body
  std::chrono::seconds shutdown_grace{20};  // for requests in flight on SIGTERM
  bool trust_forwarded_proto = false;       // honour X-Forwarded-Proto from a proxy
};

// Is this request an upload (multipart evidence, spreadsheet import)? It gets upload_limit.
using UploadMatcher = std::function<bool(const std::string& method, const std::string& target)>;

class Server {
 public:
  Server(ServerOptions options, std::function<Response(Request&)> handler, UploadMatcher is_upload);
  ~Server();
  // Serves until SIGTERM or SIGINT, then finishes requests in flight and returns.
  void run();
  // Work queued or running on the worker pool (for /metrics).
  std::size_t pending() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace jixiao::http
