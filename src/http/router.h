// Maps method and path pattern to a handler, and turns every failure into problem+json.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "http/message.h"
#include "http/metrics.h"

namespace jixiao::http {

using Handler = std::function<Response(Request&)>;

class Router {
 public:
  // Pattern segments are literals or "{name}" (one path segment), e.g. "/api/v1/projects/{id}".
  void add(std::string method, std::string pattern, Handler handler);
  // Answers paths no route matches (static files, the web app); default: 404 problem.
  void set_fallback(Handler handler) { fallback_ = std::move(handler); }

  // Matches, runs the handler and records metrics. Never throws.
  Response dispatch(Request& req);

  Metrics& metrics() { return metrics_; }
  // Every registered (method, pattern), in registration order.
  std::vector<std::pair<std::string, std::string>> routes() const;

 private:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    Handler handler;
  };
  Response run(Request& req);

  std::vector<Route> routes_;
  Handler fallback_;
  Metrics metrics_;
};

std::vector<std::string> split_path(const std::string& path);

}  // namespace jixiao::http
