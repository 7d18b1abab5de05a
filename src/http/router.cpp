#include "http/router.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>

#include "base/error.h"
#include "base/text.h"
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

namespace {

bool is_parameter(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Does the path fit the pattern's segments? Fills params when given.
bool fits(const std::vector<std::string>& pattern, const std::vector<std::string>& segments,
          std::map<std::string, std::string, std::less<>>* params) {
  if (pattern.size() != segments.size()) return false;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (is_parameter(pattern[i])) {
      if (segments[i].empty()) return false;
      if (params) (*params)[pattern[i].substr(1, pattern[i].size() - 2)] = segments[i];
    } else if (pattern[i] != segments[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::vector<std::string> path_parameters(const std::string& pattern) {
  std::vector<std::string> out;
  for (const auto& segment : split_path(pattern))
    if (is_parameter(segment)) out.push_back(segment.substr(1, segment.size() - 2));
  return out;
}

void Router::add(std::string method, std::string pattern, Handler handler, FastHandler fast) {
  add(std::move(method), std::move(pattern), RouteOptions{}, std::move(handler), std::move(fast));
}

void Router::add(std::string method, std::string pattern, RouteOptions options, Handler handler,
                 FastHandler fast) {
  auto segments = split_path(pattern);
  const bool guarded = static_cast<bool>(handler.admit);
  routes_.push_back(
      Route{{std::move(method), std::move(pattern), std::move(options), guarded, group_},
            std::move(segments),
            std::move(handler),
            std::move(fast)});
}

std::vector<RouteInfo> Router::routes() const {
  std::vector<RouteInfo> out;
  for (const auto& r : routes_) out.push_back(r.info);
  return out;
}

std::size_t Router::body_limit(std::string_view method, std::string_view target, std::size_t plain,
                               std::size_t upload) const {
  // Most requests are not aimed at a route with a limit of its own: no need to parse them.
  const auto own_limit = [&](const Route& r) {
    return (r.info.options.upload || r.info.options.max_body) && r.info.method == method;
  };
  if (std::ranges::none_of(routes_, own_limit)) return plain;
  std::string path;
  std::vector<std::pair<std::string, std::string>> query;  // left empty: only the path counts
  if (!parse_target(target.substr(0, target.find('?')), path, query)) return plain;
  const auto segments = split_path(path);
  // The first route that fits the path is the one dispatch() runs: its options decide.
  for (const auto& route : routes_) {
    if (route.info.method != method || !fits(route.segments, segments, nullptr)) continue;
    const std::size_t kind = route.info.options.upload ? upload : plain;
    const std::size_t own = route.info.options.max_body;
    return own ? std::min(own, kind) : kind;
  }
  return plain;
}

std::optional<Response> Router::admit(Request& req) {
  const auto start = std::chrono::steady_clock::now();
  bool path_matched = false;
  const Route* route = match(req, path_matched);
  // Whatever the fallback is given, and a route with nothing to check, reads the body.
  if ((!route && !path_matched && fallback_) || (route && !route->handler.admit))
    return std::nullopt;
  bool admitted = false;
  Response res = answer(req, [&] {
    if (!route) return run(req);  // 404 or 405, as dispatch() would answer
    route->handler.admit(req);
    admitted = true;
    return Response{};
  });
  if (admitted) return std::nullopt;
  record(req, res.status, start);
  return res;
}

const Router::Route* Router::match(Request& req, bool& path_matched) const {
  const auto segments = split_path(req.path);
  path_matched = false;
  for (const auto& route : routes_) {
    std::map<std::string, std::string, std::less<>> params;
    if (!fits(route.segments, segments, &params)) continue;
    path_matched = true;
    const auto& method = route.info.method;
    if (method != req.method && !(req.method == "HEAD" && method == "GET")) continue;
    req.route = route.info.pattern;
    req.params = std::move(params);
    return &route;
  }
  return nullptr;
}

namespace {

// The general rules of what arrives in the target, checked before any handler: every path
// parameter and query parameter is UTF-8 text without control characters, and only the query
// parameters the route declares are taken.
void check_target(const Request& req, const RouteOptions& options) {
  for (const auto& [name, value] : req.params) check_text(name, value);
  for (const auto& [name, value] : req.query) {
    check_text(name, name);
    check_text(name, value);
    if (std::ranges::find(options.query, name) == options.query.end())
      throw invalid(name, "未知参数 " + name);
  }
}

// A handler that read a query parameter its route does not declare is a fault of the code (the
// API document would not list it): a server error, which the API tests meet on every route.
void check_asked(const Request& req, const RouteOptions& options) {
  for (const auto& name : req.asked)
    if (std::ranges::find(options.query, name) == options.query.end())
      throw AppError(ErrorKind::internal, "undeclared_query",
                     "接口 " + req.method + " " + req.route + " 读取了未声明的查询参数 " + name,
                     name);
}

}  // namespace

Response Router::run(Request& req) {
  bool path_matched = false;
  if (const Route* route = match(req, path_matched)) {
    if (screen_) screen_(req);
    check_target(req, route->info.options);
    Response res = route->handler(req);
    check_asked(req, route->info.options);
    return res;
  }
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

Response Router::answer(Request& req, const std::function<Response()>& f) {
  try {
    return f();
  } catch (const AppError& e) {
    if (e.kind() == ErrorKind::internal)
      spdlog::error("request {} failed: {}", req.request_id, e.what());
    return problem(e);
  } catch (const std::exception& e) {
    spdlog::error("request {} failed: {}", req.request_id, e.what());
    return problem(500, "internal", "服务器内部错误，请稍后重试（请求号 " + req.request_id + "）");
  }
}

Response Router::dispatch(Request& req) {
  const auto start = std::chrono::steady_clock::now();
  Response res = answer(req, [&] { return run(req); });
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
