#include "http/router.h"

#include <spdlog/spdlog.h>

#include <chrono>

#include "base/error.h"
#include "http/problem.h"

namespace jixiao::http {

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> out;
  std::size_t start = 1;
  while (start <= path.size()) {
    auto slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    out.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

void Router::add(std::string method, std::string pattern, Handler handler, FastHandler fast) {
  Route r{std::move(method), pattern, split_path(pattern), std::move(handler), std::move(fast)};
  routes_.push_back(std::move(r));
}

std::vector<std::pair<std::string, std::string>> Router::routes() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& r : routes_) out.emplace_back(r.method, r.pattern);
  return out;
}

const Router::Route* Router::match(Request& req, bool& path_matched) const {
  const auto segments = split_path(req.path);
  path_matched = false;
  for (const auto& route : routes_) {
    if (route.segments.size() != segments.size()) continue;
    std::map<std::string, std::string, std::less<>> params;
    bool ok = true;
    for (std::size_t i = 0; i < segments.size() && ok; ++i) {
      const auto& p = route.segments[i];
      if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
        if (segments[i].empty()) ok = false;
        params[p.substr(1, p.size() - 2)] = segments[i];
      } else {
        ok = p == segments[i];
      }
    }
    if (!ok) continue;
    path_matched = true;
    if (route.method != req.method && !(req.method == "HEAD" && route.method == "GET")) continue;
    req.route = route.pattern;
    req.params = std::move(params);
    return &route;
  }
  return nullptr;
}

Response Router::run(Request& req) {
  bool path_matched = false;
  if (const Route* route = match(req, path_matched)) return route->handler(req);
  if (path_matched) {
    req.route = "(method not allowed)";
    return problem(405, "method_not_allowed", "不支持该请求方法");
  }
  if (fallback_) {
    req.route = "(fallback)";
    return fallback_(req);
  }
  req.route = "(not found)";
  return problem(404, "not_found", "请求的地址不存在");
}

Response Router::dispatch(Request& req) {
  const auto start = std::chrono::steady_clock::now();
  Response res;
  try {
    res = run(req);
  } catch (const AppError& e) {
    if (e.kind() == ErrorKind::internal)
      spdlog::error("request {} failed: {}", req.request_id, e.what());
    res = problem(e);
  } catch (const std::exception& e) {
    spdlog::error("request {} failed: {}", req.request_id, e.what());
    res = problem(500, "internal", "服务器内部错误，请稍后重试（请求号 " + req.request_id + "）");
  }
  record(req, res.status, start);
  return res;
}

std::optional<Response> Router::dispatch_fast(Request& req) {
  const auto start = std::chrono::steady_clock::now();
  bool path_matched = false;
  const Route* route = match(req, path_matched);
  if (!route || !route->fast) return std::nullopt;
  std::optional<Response> res;
  try {
    res = route->fast(req);
  } catch (const std::exception&) {
    return std::nullopt;  // dispatch() answers it, with the error it is
  }
  if (res) record(req, res->status, start);
  return res;
}

void Router::record(const Request& req, int status, std::chrono::steady_clock::time_point start) {
  const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                          std::chrono::steady_clock::now() - start)
                          .count();
  metrics_.record(req.method, req.route.empty() ? "(none)" : req.route, status, micros);
}

}  // namespace jixiao::http
