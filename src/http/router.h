// Maps method and path pattern to a handler, and turns every failure into problem+json.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "http/message.h"
#include "http/metrics.h"

namespace jixiao::http {

// What a route decides on a request's header alone, before its body is read (is the caller
// logged in, does it carry the CSRF token, may it write there): throws to refuse. The guard gives
// every route it protects one, so a body nobody may send is never read.
using Admission = std::function<void(Request&)>;

// A route's handler, with its admission when it has one.
struct Handler {
  std::function<Response(Request&)> run;
  Admission admit;

  Handler() = default;
  template <class F>
  requires std::is_invocable_r_v<Response, F&, Request&> Handler(F f) : run(std::move(f)) {}
  Handler(std::function<Response(Request&)> r, Admission a)
      : run(std::move(r)), admit(std::move(a)) {}
  Response operator()(Request& req) const { return run(req); }
  explicit operator bool() const { return static_cast<bool>(run); }
};
// Answers from memory alone, or declines (nullopt) for the Handler to answer. It runs on a
// network thread, so it must never wait: no database, no file, no lock held for long.
using FastHandler = std::function<std::optional<Response>(Request&)>;

// What a route says about itself beside its handler, so that nothing else has to recognise it
// by its path. The API document (http/openapi.h) is written from these alone.
struct RouteOptions {
  // One line in Chinese of what the route does: the document lists the route under it. No
  // default, so that options without it do not compile (-Wmissing-field-initializers), and an
  // empty one is refused when the document is built.
  std::string summary;
  // The body is an upload (multipart file, spreadsheet): the server allows its larger limit.
  bool upload = false;
  // The route's own body limit in bytes, when below the server's for its kind (0: none).
  std::size_t max_body = 0;
  // The kind of object the route's {id} names (for lists and creation, what it lists or
  // creates), e.g. "project"; "own" when it can reach nothing of anyone else's (the caller's own
  // session or region, shipped or public data). tests/api/scope.test.mjs aims each route at a
  // foreign object of its kind, and fails on a route without one.
  std::string subject;
  // The query parameters the route takes: any other is refused before the handler runs, and a
  // handler asking for one not declared here is a server error (so the list cannot drift).
  std::vector<std::string> query = {};
  // The body it reads: a schema's name in the document's registry (http/openapi_schemas), a
  // media type (holding '/', e.g. kCsv for an upload), or empty: a JSON object when the method
  // carries a body.
  std::string request = {};
  // The answer on success, named the same way; empty: a JSON object.
  std::string answer = {};
  // Problem statuses beyond those the document derives (401/403 behind the login, 404 with a
  // path parameter, 400 with a body or query, 409 on a change to a named object, 413 for an
  // upload, 503 always), e.g. 422 for a step the state forbids.
  std::vector<int> problems = {};
};

// Media types of bodies and answers that are not JSON.
inline constexpr const char* kCsv = "text/csv";
inline constexpr const char* kXlsx =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
inline constexpr const char* kDocx =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
inline constexpr const char* kMultipart = "multipart/form-data";
inline constexpr const char* kHtml = "text/html";
inline constexpr const char* kText = "text/plain";

// One registered route, as `jixiao routes` lists it.
struct RouteInfo {
  std::string method;
  std::string pattern;
  RouteOptions options;
  // Behind the login (its handler has an admission, which the guard always gives): public
  // routes (login, health, the public portal) have none.
  bool guarded = false;
  // The part of the system it belongs to (Router::group), the document's tag.
  std::string group;
};

class Router {
 public:
  // Pattern segments are literals or "{name}" (one path segment), e.g. "/api/v1/projects/{id}".
  void add(std::string method, std::string pattern, Handler handler, FastHandler fast = {});
  void add(std::string method, std::string pattern, RouteOptions options, Handler handler,
           FastHandler fast = {});
  // The part of the system the routes added from now on belong to, in Chinese (e.g. "项目库").
  void group(std::string name) { group_ = std::move(name); }
  // A check of every matched request's target before anything else, the route's own query
  // rules included (a credential sent in a URL is refused as such, not as an unknown
  // parameter): throws to refuse.
  void screen(std::function<void(const Request&)> check) { screen_ = std::move(check); }
  // Answers paths no route matches (static files, the web app); default: 404 problem.
  void set_fallback(Handler handler) { fallback_ = std::move(handler); }

  // Matches, runs the handler and records metrics. Never throws.
  Response dispatch(Request& req);
  // The route's fast answer, with its metrics, or nullopt when it has none or declines (and
  // dispatch() is to run). Never throws.
  std::optional<Response> dispatch_fast(Request& req);
  // The largest body this request (method and target as sent, query included) may carry: the
  // route's own limit, else `upload` for an upload route, else `plain` (also for anything that
  // matches no route). Asked by the server before it reads the body.
  std::size_t body_limit(std::string_view method, std::string_view target, std::size_t plain,
                         std::size_t upload) const;
  // Runs the route's admission on a request whose body is not read yet: an answer refuses it
  // (401, 403, 404, 405, with its metrics); nullopt lets the body be read and dispatch() run.
  // Never throws.
  std::optional<Response> admit(Request& req);

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
  // Runs f, turning what it throws into problem+json. Never throws.
  Response answer(Request& req, const std::function<Response()>& f);
  // The route matching req (its path parameters filled in), or nullptr.
  const Route* match(Request& req, bool& path_matched) const;
  void record(const Request& req, int status, std::chrono::steady_clock::time_point start);

  std::vector<Route> routes_;
  Handler fallback_;
  std::function<void(const Request&)> screen_;
  Metrics metrics_;
  std::string group_;
};

std::vector<std::string> split_path(const std::string& path);
// The names of a pattern's parameters, in order: {"id", "stage"} for "/a/{id}/sheets/{stage}".
std::vector<std::string> path_parameters(const std::string& pattern);

}  // namespace jixiao::http
