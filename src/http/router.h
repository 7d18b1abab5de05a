// Maps method and path pattern to a handler, and turns every failure into problem+json.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.h"
#include "http/metrics.h"

namespace jixiao::http {

using Handler = std::function<Response(Request&)>;
// Answers from memory alone, or declines (nullopt) for the Handler to answer. It runs on a
// network thread, so it must never wait: no database, no file, no lock held for long.
using FastHandler = std::function<std::optional<Response>(Request&)>;

// What a route says about itself beside its handler, so that nothing else has to recognise it
// by its path.
struct RouteOptions {
  // The body is an upload (multipart file, spreadsheet): the server allows its larger limit.
  bool upload = false;
  // The kind of object the route's {id} names (for lists and creation, what it lists or
  // creates), e.g. "project"; "own" when it can reach nothing of anyone else's (the caller's own
  // session or region, shipped or public data). tests/api/scope.test.mjs aims each route at a
  // foreign object of its kind, and fails on a route without one.
  std::string subject;
  // The query parameters a route that changes data takes (a GET takes those its handler asks
  // for): any other is refused before the handler runs.
  std::vector<std::string> query = {};
};

// One registered route, as `jixiao routes` lists it.
struct RouteInfo {
  std::string method;
  std::string pattern;
  RouteOptions options;
};

class Router {
 public:
  // Pattern segments are literals or "{name}" (one path segment), e.g. "/api/v1/projects/{id}".
  void add(std::string method, std::string pattern, Handler handler, FastHandler fast = {});
  void add(std::string method, std::string pattern, RouteOptions options, Handler handler,
           FastHandler fast = {});
  // Answers paths no route matches (static files, the web app); default: 404 problem.
  void set_fallback(Handler handler) { fallback_ = std::move(handler); }

  // Matches, runs the handler and records metrics. Never throws.
  Response dispatch(Request& req);
  // The route's fast answer, with its metrics, or nullopt when it has none or declines (and
  // dispatch() is to run). Never throws.
  std::optional<Response> dispatch_fast(Request& req);
  // Does this request (method and target as sent, query included) go to an upload route? Asked
  // by the server before it reads the body; false for anything that matches no route.
  bool is_upload(std::string_view method, std::string_view target) const;

  Metrics& metrics() { return metrics_; }
  // Every registered route, in registration order.
  std::vector<RouteInfo> routes() const;

 private:
  struct Route {
    RouteInfo info;
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
