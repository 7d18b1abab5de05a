// Maps method and path pattern to a handler, and turns every failure into problem+json.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/message.h"
#include "http/metrics.h"

namespace jixiao::http {

using Handler = std::function<Response(Request&)>;
// Answers from memory alone, or declines (nullopt) for the Handler to answer. It runs on a
// network thread, so it must never wait: no database, no file, no lock held for long.
using FastHandler = std::function<std::optional<Response>(Request&)>;

class Router {
 public:
  // Pattern segments are literals or "{name}" (one path segment), e.g. "/api/v1/projects/{id}".
  void add(std::string method, std::string pattern, Handler handler, FastHandler fast = {});
  // Answers paths no route matches (static files, the web app); default: 404 problem.
  void set_fallback(Handler handler) { fallback_ = std::move(handler); }

  // Matches, runs the handler and records metrics. Never throws.
  Response dispatch(Request& req);
  // The route's fast answer, with its metrics, or nullopt when it has none or declines (and
  // dispatch() is to run). Never throws.
  std::optional<Response> dispatch_fast(Request& req);

  Metrics& metrics() { return metrics_; }
  // Every registered (method, pattern), in registration order.
  std::vector<std::pair<std::string, std::string>> routes() const;

 private:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    Handler handler;
    FastHandler fast;
  };
  Response run(Request& req);
  // The route matching req (its path parameters filled in), or nullptr.
  const Route* match(Request& req, bool& path_matched) const;
  void record(const Request& req, int status, std::chrono::steady_clock::time_point start);

  std::vector<Route> routes_;
  Handler fallback_;
  Metrics metrics_;
};

std::vector<std::string> split_path(const std::string& path);

}  // namespace jixiao::http
