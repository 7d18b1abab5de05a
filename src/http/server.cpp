// The only translation unit that includes Beast and Asio (they are slow to compile).
#include "http/server.h"

#include <spdlog/spdlog.h>

#include <sys/socket.h>
#include <algorithm>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <functional>
#include <latch>
#include <list>
#include <memory>
#include <mutex>
#include <vector>

#include "base/priority.h"
#include "base/thread_name.h"
#include "http/job_queue.h"
#include "http/problem.h"

namespace jixiao::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using asio::ip::tcp;

namespace {

using Clock = std::chrono::steady_clock;

// Touched only on the connection's network thread (its loop), except the list that holds it.
struct Connection {
  tcp::socket* socket = nullptr;
  std::size_t loop = 0;  // which loop it lives on
  bool busy = false;     // between a request's header and its answer written
  // When the socket operation under way must give up: the loop's sweeper then cancels it. A
  // timer an operation (Beast's tcp_stream) cost an arming, a cancel and a wake-up on every
  // read and write, a fifth of a cached answer's time.
  Clock::time_point deadline = Clock::time_point::max();
  bool timed_out = false;
};

// Has the client closed the connection (FIN or reset) while its request waited for a worker?
// Then nobody is left to read the answer. A client that half-closes after its request looks the
// same; like nginx, we take that for leaving (browsers and HTTP libraries don't half-close).
bool peer_gone(int fd) {
  char c;
  const ssize_t n = ::recv(fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
  return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
}

std::string make_request_id() {
  static std::atomic<std::uint64_t> counter{0};
  static const auto boot = std::chrono::system_clock::now().time_since_epoch().count();
  char buf[40];
  std::snprintf(buf, sizeof buf, "%08llx-%06llx",
                static_cast<unsigned long long>(boot) & 0xffffffffULL,
                static_cast<unsigned long long>(++counter));
  return buf;
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  std::function<Response(Request&)> handler;
  BodyGate gate;
  std::function<std::optional<Response>(Request&)> fast;
  // One event loop a network thread, each run by that thread alone, a connection staying on
  // one for its life: no strands, and nothing handed between the network threads. With one
  // loop shared by two threads, every step of a connection went through its strand and woke
  // the other thread; the rate fell by a third from 64 connections to 512.
  std::vector<std::unique_ptr<asio::io_context>> loops;
  std::size_t next_loop = 0;  // touched only by the accepting loop
  asio::io_context& ioc;      // the first loop: accepts, signals, shutdown
  asio::thread_pool workers;
  // The writers' threads run queued writes only. Two: a long write (an import reading its
  // workbook) leaves the other for a unit's submit.
  static constexpr std::size_t kWriters = 2;
  asio::thread_pool write_lane{kWriters};
  std::atomic<std::size_t> pending{0};
  std::atomic<bool> stopping{false};
  std::mutex connections_mutex;
  std::list<Connection*> connections;  // guarded by the mutex

  Impl(ServerOptions o, std::function<Response(Request&)> h, BodyGate g,
       std::function<std::optional<Response>(Request&)> f)
      : options(std::move(o)),
        handler(std::move(h)),
        gate(std::move(g)),
        fast(std::move(f)),
        loops(make_loops(std::max<std::size_t>(1, options.io_threads))),
        ioc(*loops.front()),
        workers(options.workers) {
    prepare_pool(workers, options.workers, "jixiao-read", options.read_nice);
    prepare_pool(write_lane, kWriters, "jixiao-write", 0);
  }

  // Names each thread of a pool (what `top -H` shows) and, for the shared workers, runs reads at
  // a lower priority than the writers' threads and the network threads: on a busy machine a write
  // (a unit submitting its report in a deadline week) then gets a core as soon as it arrives
  // instead of waiting its turn behind the reads' time slices. Each thread takes one task and
  // waits until all have, so every thread gets its own.
  static void prepare_pool(asio::thread_pool& pool, std::size_t threads, const char* name,
                           int nice) {
    auto arrived = std::make_shared<std::latch>(static_cast<std::ptrdiff_t>(threads));
    for (std::size_t i = 0; i < threads; ++i)
      asio::post(pool, [arrived, name, nice] {
        name_thread(name);
        if (nice > 0) set_thread_nice(nice);
        arrived->arrive_and_wait();
      });
    arrived->wait();  // every thread named and placed before the first request
  }

  static std::vector<std::unique_ptr<asio::io_context>> make_loops(std::size_t n) {
    std::vector<std::unique_ptr<asio::io_context>> out;
    // Hint 1: one thread runs each loop (workers still post completions to it, which is safe).
    for (std::size_t i = 0; i < n; ++i) out.push_back(std::make_unique<asio::io_context>(1));
    return out;
  }

  // The loop a new connection lives on: in turn.
  std::size_t take_loop() {
    const std::size_t i = next_loop;
    next_loop = (next_loop + 1) % loops.size();
    return i;
  }

  // A request handed to the worker pool. It lives on the heap, owned by the connection's
  // coroutine, so nothing the worker touches is stored in a coroutine frame.
  struct Job {
    Request req;
    Response res;
    int fd = -1;               // the connection's socket, to see whether the client is still there
    bool abandoned = false;    // the client left before a worker took the request
    bool header_only = false;  // admit the request on its header (BodyGate::admit)
    bool refused = false;      // ... and the admission answered res
    std::function<void()> resume;  // resumes the connection's coroutine on its loop
  };

  // Workers take a write only at the writers' priority (PostgreSQL's default).
  JobQueue<Job> queue{kWriters, options.read_nice <= 0};

  static bool is_read(const Request& req) { return req.method == "GET" || req.method == "HEAD"; }

  // Runs the handler on the worker pool and resumes the coroutine on its own loop.
  asio::awaitable<void> run_on_worker(Job* job) {
    auto token = asio::use_awaitable;
    co_await asio::async_initiate<decltype(token), void()>(
        [this, job](auto completion) {
          // The completion moves into a copyable holder: the job keeps it until it has run.
          auto held = std::make_shared<decltype(completion)>(std::move(completion));
          job->resume = [held] {
            auto ex = asio::get_associated_executor(*held);
            asio::dispatch(ex, std::move(*held));
          };
          const bool read = is_read(job->req);
          queue.push(job, read);
          asio::post(workers, [this] { run_next(false); });
          // A write is offered to the writers' own threads as well: whichever is free first runs
          // it, so a write never waits for a read to finish.
          if (!read) asio::post(write_lane, [this] { run_next(true); });
        },
        token);
  }

  // A turn of a writers' thread or of a worker (JobQueue::take). A turn may find its job taken
  // by the other side already: every job posts a worker turn and a write a writers' turn as
  // well, so every job runs.
  void run_next(bool writes_only) {
    const auto turn = queue.take(writes_only);
    if (!turn.job) return;
    // A worker that took a write in place of a read gives the read a turn of its own: the
    // write's own worker turn may have passed while a writers' thread was free.
    if (turn.write && !writes_only) asio::post(workers, [this] { run_next(false); });
    run_job(turn.job);
    if (writes_only) queue.writer_done();
  }

  void run_job(Job* job) {
    // Under overload the queue holds requests whose clients gave up (a closed tab, a reload, a
    // load generator stopping): running them would only delay the others.
    if (job->fd >= 0 && peer_gone(job->fd)) {
      job->abandoned = true;
    } else if (job->header_only) {
      if (auto refusal = gate.admit(job->req)) {
        job->res = std::move(*refusal);
        job->res.headers.emplace_back("X-Request-Id", job->req.request_id);
        job->refused = true;
      }
    } else {
      job->res = handler(job->req);
      job->res.headers.emplace_back("X-Request-Id", job->req.request_id);
    }
    pending.fetch_sub(1);
    job->resume();
  }

  // The request's method, target, headers and client (the body is the caller's to add). Behind
  // a trusted proxy the scheme and the client's address are the proxy's word, not the socket's.
  static Request header_of(const bhttp::request<bhttp::string_body>& in,
                           const ServerOptions& options, const std::string& peer) {
    Request req;
    req.method = std::string(in.method_string());
    req.target = std::string(in.target());
    for (const auto& f : in) {
      std::string name(f.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      req.headers.emplace_back(std::move(name), std::string(f.value()));
    }
    if (options.trust_forwarded_proto) req.secure = req.header("x-forwarded-proto") == "https";
    req.client = peer;
    if (options.trust_real_ip) {
      const std::string_view real = req.header("x-real-ip");
      if (!real.empty() && real.size() <= 64) req.client = std::string(real);
    }
    return req;
  }

  static Request to_request(bhttp::request<bhttp::string_body>&& in, const ServerOptions& options,
                            const std::string& peer) {
    Request req = header_of(in, options, peer);
    req.body = std::move(in.body());
    return req;
  }

  // The answer as Beast writes it. Its body points into res (or the page res shares), which
  // must outlive the write.
  using Out = bhttp::response<bhttp::span_body<const char>>;
  Out to_beast(Response& res, unsigned version, bool keep_alive, bool head, std::string& user) {
    Out out{static_cast<bhttp::status>(res.status), version};
    out.set(bhttp::field::server, "jixiao");
    if (!res.content_type.empty()) out.set(bhttp::field::content_type, res.content_type);
    for (auto& [k, v] : res.headers) out.insert(k, v);
    user = res.user;
    out.keep_alive(keep_alive);
    const std::string& body = res.shared_body ? *res.shared_body : res.body;
    if (head) {
      out.content_length(body.size());
    } else {
      out.body() = {body.data(), body.size()};
      out.prepare_payload();
    }
    return out;
  }

  static Response plain_problem(int status, const char* code, const char* detail) {
    return problem(status, code, detail);
  }

  // Waits for one socket operation under a deadline; a timed-out operation ends with
  // beast::error::timeout.
  template <typename Op>
  static asio::awaitable<void> within(Connection& self, std::chrono::seconds limit,
                                      beast::error_code& ec, Op op) {
    self.deadline = Clock::now() + limit;
    co_await op();
    self.deadline = Clock::time_point::max();
    if (self.timed_out) ec = beast::error::timeout;
  }

  asio::awaitable<void> serve_connection(tcp::socket stream, std::size_t loop) {
    Connection self;
    self.socket = &stream;
    self.loop = loop;
    std::list<Connection*>::iterator registered;
    {
      std::lock_guard<std::mutex> lock(connections_mutex);
      registered = connections.insert(connections.end(), &self);
    }
    beast::flat_buffer buffer;
    beast::error_code ec;
    // The peer's address, read once for the connection (limits per client address).
    std::string client;
    {
      beast::error_code peer_ec;
      const auto peer = stream.remote_endpoint(peer_ec);
      if (!peer_ec) client = peer.address().to_string();
    }
    for (;;) {
      if (stopping) break;
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(16 * 1024);
      // Beast checks a Content-Length against the limit while reading the header, before the
      // target is known: allow the larger limit there and apply the right one below.
      parser.body_limit(std::max(options.body_limit, options.upload_limit));
      co_await within(self, options.idle_timeout, ec, [&] {
        return bhttp::async_read_header(stream, buffer, parser,
                                        asio::redirect_error(asio::use_awaitable, ec));
      });
      if (ec) {
        if (ec == bhttp::error::body_limit) {
          co_await write_problem(self, 413, "body_too_large", "请求内容超过大小限制");
        } else if (ec == bhttp::error::header_limit) {
          co_await write_problem(self, 431, "header_too_large", "请求头过大");
        } else if (ec != bhttp::error::end_of_stream && ec != asio::error::operation_aborted &&
                   ec != beast::error::timeout && ec != asio::error::connection_reset) {
          co_await write_problem(self, 400, "bad_request", "请求格式错误");
        }
        break;
      }
      self.busy = true;
      const std::string target(parser.get().target());
      const std::string method(parser.get().method_string());
      const std::uint64_t limit = gate.limit ? gate.limit(method, target) : options.body_limit;
      parser.body_limit(limit);
      // A large body (or one of unknown length) is read only for a caller its route admits,
      // and only when its Content-Length is within the route's limit.
      if (!parser.is_done() && gate.admit &&
          (!parser.content_length() || *parser.content_length() > options.admit_above)) {
        auto job = std::make_unique<Job>();
        job->req = header_of(parser.get(), options, client);
        job->req.request_id = make_request_id();
        job->header_only = true;
        if (!parse_target(job->req.target, job->req.path, job->req.query)) {
          co_await refuse(self, problem(400, "bad_target", "请求地址编码错误"), method);
          break;
        }
        if (pending.fetch_add(1) >= options.workers + options.max_queued) {
          pending.fetch_sub(1);
          Response busy = problem(503, "overloaded", "服务繁忙，请稍后重试");
          busy.set_header("Retry-After", "1");
          co_await refuse(self, std::move(busy), method);
          break;
        }
        job->fd = stream.native_handle();
        co_await run_on_worker(job.get());
        if (job->abandoned) break;
        if (job->refused) {
          co_await refuse(self, std::move(job->res), method, job->req.route, job->req.request_id);
          break;
        }
      }
      if (parser.content_length() && *parser.content_length() > limit) {
        co_await refuse(self, problem(413, "body_too_large", "请求内容超过大小限制"), method);
        break;
      }
      // A request without a body is complete with its header: reading on would only cost a
      // trip through the loop.
      if (!parser.is_done()) {
        co_await within(self, options.body_timeout, ec, [&] {
          return bhttp::async_read(stream, buffer, parser,
                                   asio::redirect_error(asio::use_awaitable, ec));
        });
      }
      if (ec) {
        if (ec == bhttp::error::body_limit)
          co_await write_problem(self, 413, "body_too_large", "请求内容超过大小限制");
        else if (ec != beast::error::timeout && ec != bhttp::error::end_of_stream)
          co_await write_problem(self, 400, "bad_request", "请求格式错误");
        break;
      }
      const auto start = std::chrono::steady_clock::now();
      auto breq = parser.release();
      const bool keep_alive = breq.keep_alive();
      const unsigned version = breq.version();
      const bool head = breq.method() == bhttp::verb::head;
      auto job = std::make_unique<Job>();
      Request& req = job->req;
      req = to_request(std::move(breq), options, client);
      req.request_id = make_request_id();
      const std::string request_id = req.request_id;
      Response res;
      std::string route = "(rejected)";
      std::optional<Response> quick;
      if (!parse_target(req.target, req.path, req.query)) {
        res = plain_problem(400, "bad_target", "请求地址编码错误");
      } else if (fast && (quick = fast(req))) {
        res = std::move(*quick);
        res.headers.emplace_back("X-Request-Id", req.request_id);
        route = req.route;
      } else if (pending.fetch_add(1) >= options.workers + options.max_queued) {
        // Saturated: say so at once rather than queue without bound.
        pending.fetch_sub(1);
        res = plain_problem(503, "overloaded", "服务繁忙，请稍后重试");
        res.set_header("Retry-After", "1");
      } else {
        // The coroutine has no operation pending on the socket while it waits, so a worker may
        // peek at it.
        job->fd = stream.native_handle();
        co_await run_on_worker(job.get());
        if (job->abandoned) {
          spdlog::info("request id={} method={} status=499 (client closed before it was run)",
                       request_id, method);
          break;
        }
        res = std::move(job->res);
        route = job->req.route;
      }
      const int status = res.status;
      std::string user;
      auto out = to_beast(res, version, keep_alive && !stopping, head, user);
      co_await within(self, options.body_timeout, ec, [&] {
        return bhttp::async_write(stream, out, asio::redirect_error(asio::use_awaitable, ec));
      });
      const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                              std::chrono::steady_clock::now() - start)
                              .count();
      spdlog::info("request id={} user={} method={} route={} status={} us={}", request_id,
                   user.empty() ? "-" : user, method, route, status, micros);
      self.busy = false;
      if (ec || !out.keep_alive()) break;
    }
    stream.shutdown(tcp::socket::shutdown_send, ec);
    std::lock_guard<std::mutex> lock(connections_mutex);
    connections.erase(registered);
  }

  asio::awaitable<void> write_problem(Connection& self, int status, const char* code,
                                      const char* detail) {
    Response res = plain_problem(status, code, detail);
    std::string user;
    auto out = to_beast(res, 11, false, false, user);
    beast::error_code ec;
    co_await within(self, std::chrono::seconds(5), ec, [&] {
      return bhttp::async_write(*self.socket, out, asio::redirect_error(asio::use_awaitable, ec));
    });
  }

  // Answers a request whose body was not read, and closes the connection: the answer goes
  // first, then what the client still sends is read and dropped for a moment (a close with
  // unread data would reset the connection and could lose the answer).
  asio::awaitable<void> refuse(Connection& self, Response res, const std::string& method,
                               const std::string& route = "(rejected)",
                               const std::string& request_id = "-") {
    const int status = res.status;
    std::string user;
    auto out = to_beast(res, 11, false, false, user);
    beast::error_code ec;
    co_await within(self, std::chrono::seconds(5), ec, [&] {
      return bhttp::async_write(*self.socket, out, asio::redirect_error(asio::use_awaitable, ec));
    });
    spdlog::info("request id={} user={} method={} route={} status={} (body not read)", request_id,
                 user.empty() ? "-" : user, method, route, status);
    if (ec) co_return;
    self.socket->shutdown(tcp::socket::shutdown_send, ec);
    char scrap[16 * 1024];
    std::size_t dropped = 0;
    self.deadline = Clock::now() + std::chrono::seconds(10);
    while (!ec && !self.timed_out && dropped < options.upload_limit) {
      dropped += co_await self.socket->async_read_some(
          asio::buffer(scrap), asio::redirect_error(asio::use_awaitable, ec));
    }
    self.deadline = Clock::time_point::max();
  }

  // Each loop's sweeper: once a second, cancels the operations of its connections whose
  // deadline has passed (so a timeout ends up to a second late, which no client can tell).
  asio::awaitable<void> sweep(std::size_t loop) {
    asio::steady_timer timer(co_await asio::this_coro::executor);
    for (;;) {
      timer.expires_after(std::chrono::seconds(1));
      beast::error_code ec;
      co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ec));
      const auto now = Clock::now();
      std::lock_guard<std::mutex> lock(connections_mutex);
      for (Connection* conn : connections) {
        if (conn->loop != loop || conn->deadline > now) continue;
        conn->timed_out = true;
        conn->socket->cancel(ec);
      }
    }
  }

  asio::awaitable<void> accept_loop(tcp::acceptor& acceptor) {
    // Synchronous accepts below return would_block once the queue is empty.
    acceptor.non_blocking(true);
    for (;;) {
      beast::error_code ec;
      std::size_t loop = take_loop();
      tcp::socket socket(loops[loop]->get_executor());
      co_await acceptor.async_accept(socket, asio::redirect_error(asio::use_awaitable, ec));
      if (ec) {
        if (stopping || ec == asio::error::operation_aborted) co_return;
        continue;  // e.g. too many open files: keep serving the connections we have
      }
      // Then every connection already queued. One accept a trip through the event loop let
      // 512 clients arriving together wait up to a second while the first ones were served.
      do {
        asio::co_spawn(*loops[loop], serve_connection(std::move(socket), loop), asio::detached);
        loop = take_loop();
        socket = tcp::socket(loops[loop]->get_executor());
        acceptor.accept(socket, ec);
      } while (!ec);
    }
  }

  // Stops accepting, wakes idle keep-alive connections, and waits for busy ones to answer.
  asio::awaitable<void> shut_down(tcp::acceptor& acceptor) {
    stopping = true;
    beast::error_code ec;
    acceptor.close(ec);
    const auto deadline = std::chrono::steady_clock::now() + options.shutdown_grace;
    asio::steady_timer timer(ioc);
    for (;;) {
      {
        std::lock_guard<std::mutex> lock(connections_mutex);
        if (connections.empty()) break;
        for (Connection* conn : connections) {
          asio::post(*loops[conn->loop], [conn] {
            if (!conn->busy) {
              beast::error_code ignored;
              conn->socket->cancel(ignored);
            }
          });
        }
      }
      if (std::chrono::steady_clock::now() > deadline) break;
      timer.expires_after(std::chrono::milliseconds(50));
      co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ec));
    }
    for (auto& loop : loops) loop->stop();
  }

  void run() {
    tcp::endpoint endpoint(asio::ip::make_address(options.host), options.port);
    tcp::acceptor acceptor(ioc);
    acceptor.open(endpoint.protocol());
    acceptor.set_option(asio::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(asio::socket_base::max_listen_connections);
    const auto bound = acceptor.local_endpoint();
    std::printf("jixiao listening on http://%s:%u\n", bound.address().to_string().c_str(),
                static_cast<unsigned>(bound.port()));
    std::fflush(stdout);
    spdlog::info("listening on {}:{}", bound.address().to_string(), bound.port());

    asio::signal_set signals(ioc, SIGINT, SIGTERM);
    signals.async_wait([&](const beast::error_code& ec, int sig) {
      if (ec) return;
      spdlog::info("signal {}: finishing requests in flight", sig);
      asio::co_spawn(ioc, shut_down(acceptor), asio::detached);
    });
    asio::co_spawn(ioc, accept_loop(acceptor), asio::detached);

    // Each loop runs until shutdown stops it: its sweeper always has a timer pending.
    for (std::size_t i = 0; i < loops.size(); ++i)
      asio::co_spawn(*loops[i], sweep(i), asio::detached);
    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < loops.size(); ++i)
      threads.emplace_back([loop = loops[i].get()] {
        name_thread("jixiao-net");
        loop->run();
      });
    ioc.run();
    for (auto& t : threads) t.join();
    workers.join();
    write_lane.join();
    spdlog::info("stopped");
  }
};

Server::Server(ServerOptions options, std::function<Response(Request&)> handler, BodyGate gate,
               std::function<std::optional<Response>(Request&)> fast)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler), std::move(gate),
                                   std::move(fast))) {}

Server::~Server() = default;

void Server::run() { impl_->run(); }

std::size_t Server::pending() const { return impl_->pending.load(); }

}  // namespace jixiao::http
