// Plain request and response values: what handlers see, free of any network library.
#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao::http {

struct Request {
  std::string method;                                        // "GET", "POST", ...
  std::string target;                                        // as sent: path and query
  std::string path;                                          // percent-decoded path
  std::vector<std::pair<std::string, std::string>> query;    // decoded, in order
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-case
  std::string body;
  std::string request_id;
  bool secure = false;  // behind TLS (X-Forwarded-Proto: https from the trusted proxy)
  std::string client;   // the peer's address, for limits per client (public pages)

  // Filled by the router.
  std::string route;  // the matched pattern, e.g. "/api/v1/projects/{id}"
  std::map<std::string, std::string, std::less<>> params;
  // The query parameters a handler asked for (query_value, query_values): the router holds them
  // to the route's declared query (RouteOptions::query), so the API document lists every one.
  mutable std::set<std::string, std::less<>> asked;

  std::string_view header(std::string_view lower_name) const;
  // The value of a parameter given at most once (a second is a 400 naming it).
  std::optional<std::string> query_value(std::string_view name) const;
  std::vector<std::string> query_values(std::string_view name) const;
  std::string cookie(std::string_view name) const;
  // A path parameter that must be a positive id; anything else answers 404.
  std::int64_t id_param(std::string_view name = "id") const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  // A body kept elsewhere (a cached page), sent as it is instead of body.
  std::shared_ptr<const std::string> shared_body;
  std::vector<std::pair<std::string, std::string>> headers;
  // Set by the application for the access log.
  std::string user;

  static Response json(const boost::json::value& v, int status = 200);
  static Response no_content();
  void set_header(std::string name, std::string value);
};

// `attachment; filename*=UTF-8''…` (RFC 6266 / RFC 8187) for any file name.
std::string attachment_disposition(std::string_view filename);

// A file to download: its bytes, type and name (Content-Disposition: attachment).
Response download(std::string bytes, std::string content_type, std::string_view filename);

// Splits "/a/b?x=1&y=%E7" into a decoded path and query pairs; false when the encoding is broken.
bool parse_target(std::string_view target, std::string& path,
                  std::vector<std::pair<std::string, std::string>>& query);

}  // namespace jixiao::http
