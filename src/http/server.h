// The network edge: HTTP/1.1 keep-alive on Asio coroutines, handlers on a bounded worker pool.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "http/message.h"

namespace jixiao::http {

// Handler threads: two a core. Handlers mostly use the CPU (SQLite, JSON, a cached page); one
// a core keeps the cores busy and a second covers the time one waits on a disk, PostgreSQL or a
// slow request. Many more only add wake-ups: at 8 on two cores, a cached page answered 19k
// requests a second instead of 30k (bench/http). At least 4, so that slow requests (a
// province's statistics, an import) leave room for the rest.
inline std::size_t default_workers() {
  const std::size_t cores = std::thread::hardware_concurrency();
  return std::max<std::size_t>(4, 2 * cores);
}

struct ServerOptions {
  std::string host = "127.0.0.1";           // address to listen on
  unsigned short port = 8080;               // 0 picks a free port (printed at start)
  std::size_t io_threads = 2;               // network threads, each with its own loop
  std::size_t workers = default_workers();  // threads running handlers (holding db sessions)
  // Niceness of the workers, which run reads (and writes only while both writers' threads are busy,
  // at the same priority): above the writers' threads and the network threads so that a write gets
  // a core at once. Below 0 (unset): jixiao serve chooses by the database (10 on SQLite, 0 on
  // PostgreSQL).
  int read_nice = -1;
  std::size_t max_queued = 512;         // requests waiting for a worker before answering 503
  std::size_t body_limit = 8 << 20;     // bytes; default 8 MiB
  std::size_t upload_limit = 64 << 20;  // bytes for upload routes (uploads check their own limit)
  std::size_t admit_above = 64 << 10;   // larger bodies are admitted on their header first
  std::chrono::seconds header_timeout{10};  // to read a request's header once it has begun
  std::chrono::seconds idle_timeout{75};    // keep-alive connection with no request
  std::chrono::seconds body_timeout{120};   // to read a request body
  std::chrono::seconds shutdown_grace{20};  // for requests in flight on SIGTERM
  bool trust_forwarded_proto = false;       // honour X-Forwarded-Proto from a proxy
  bool trust_real_ip =
      false;  // the client's address from the proxy's X-Real-IP (limits per client)
};

// What the server asks of the application on a request's header, before it reads the body.
struct BodyGate {
  // The largest body the request may carry, in bytes (its route's, or upload_limit for an
  // upload); body_limit when not given. A larger Content-Length is answered 413 at once, and a
  // body without one is cut off with 413 as it passes the limit.
  std::function<std::size_t(const std::string& method, const std::string& target)> limit;
  // For a body over ServerOptions::admit_above (or of unknown length): runs on a worker with the
  // header alone (Request::body empty); an answer (401, 403, 404 …) refuses the request without
  // its body being read, and the connection closes. nullopt reads the body.
  std::function<std::optional<Response>(Request&)> admit;
};

class Server {
 public:
  // fast, when given, may answer a request on the network thread that read it, before it goes
  // to a worker (see http::FastHandler): a cached page then costs no hand-over between threads.
  Server(ServerOptions options, std::function<Response(Request&)> handler, BodyGate gate,
         std::function<std::optional<Response>(Request&)> fast = {});
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
