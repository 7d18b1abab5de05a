#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string_view>

#include "base/error.h"
#include "disclosure/public_json.h"
#include "disclosure/routes.h"
#include "http/list_json.h"
#include "http/problem.h"
#include "http/query_params.h"

namespace jixiao::disclosure {

namespace {

// json (the default) or csv.
bool wants_csv(const http::Request& req) {
  const auto f = http::query_text(req, "format", 4).value_or("json");
  if (f != "json" && f != "csv") throw invalid("format", "格式只能是 json 或 csv");
  return f == "csv";
}

// The body alone: open_data() sets a CSV's type and name, kept pages included.
http::Response csv_response(std::string body) {
  http::Response res;
  res.body = std::move(body);
  return res;
}

// Open data is the same for everyone: an ETag of the body, cached a minute, 304 when the client
// has it already. The tag is a weak one from a fast 64-bit hash of the body and its length, the
// same on every server of one build: worked out for every answer of a kept page, a SHA-256 cost
// a fifth of the answer.
std::string etag_of(const std::string& body) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016zx", std::hash<std::string_view>{}(body));
  return "W/\"" + std::string(hex) + "-" + std::to_string(body.size()) + "\"";
}

http::Response cached(const http::Request& req, http::Response res) {
  const std::string etag = etag_of(*res.shared_body);
  res.set_header("ETag", etag);
  res.set_header("Cache-Control", "public, max-age=60");
  const std::string_view match = req.header("if-none-match");
  if (!match.empty() && (match == "*" || match.find(etag) != std::string_view::npos)) {
    http::Response not_modified;
    not_modified.status = 304;
    not_modified.content_type.clear();
    not_modified.set_header("ETag", etag);
    not_modified.set_header("Cache-Control", "public, max-age=60");
    return not_modified;
  }
  return res;
}

// The rate limit per client address: a 429 answer when the caller has had its share.
std::optional<http::Response> refused(PublicService& service, const http::Request& req) {
  const std::string client = req.client.empty() ? "unknown" : req.client;
  const long long wait = service.limit().refuse(client, std::chrono::steady_clock::now());
  if (!wait) return std::nullopt;
  auto res = http::problem(429, "rate_limited", "访问过于频繁，请稍后再试");
  res.set_header("Retry-After", std::to_string(wait));
  return res;
}

// A kept or built body as sent: a CSV's type and name, the ETag.
http::Response sent(const http::Request& req, const std::string& name, http::Response res) {
  if (wants_csv(req)) {
    res.content_type = "text/csv; charset=utf-8";
    res.set_header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
  }
  return cached(req, std::move(res));
}

// A public answer, limited per client address and kept whole (JSON or CSV) in the page cache
// while the database is unchanged: outside load asks for the same pages again and again. A
// refusal (bad input, nothing published) is thrown by answer() and kept nowhere.
template <class F>
http::Handler open_data(PublicService& service, http::PageCache& pages, std::string name,
                        F answer) {
  return [&service, &pages, name, answer](http::Request& req) {
    if (auto no = refused(service, req)) return std::move(*no);
    wants_csv(req);  // a bad format is refused before anything is built
    const std::string version = service.data_version();
    auto res = pages.answer_text("public " + req.target, version,
                                 [&] { return std::move(answer(req).body); });
    return sent(req, name, std::move(res));
  };
}

// A kept page answered on the network thread, counted against the limit only when answered
// here (a page not kept goes to the worker, which counts it).
http::FastHandler kept_data(PublicService& service, http::PageCache& pages, std::string name) {
  return [&service, &pages, name](http::Request& req) -> std::optional<http::Response> {
    const auto version = service.recent_data_version();
    if (!version) return std::nullopt;
    auto res = pages.kept("public " + req.target, *version);
    if (!res) return std::nullopt;
    if (auto no = refused(service, req)) return no;
    return sent(req, name, std::move(*res));
  };
}

// A public route: answered by a worker, or from the page cache on the network thread. It may
// refuse a client over its rate (429), and answers CSV when asked.
template <class F>
void add_open(http::Router& router, PublicService& service, http::PageCache& pages,
              const char* pattern, http::RouteOptions options, const std::string& name, F answer) {
  options.problems.push_back(429);
  router.add("GET", pattern, std::move(options), open_data(service, pages, name, answer),
             kept_data(service, pages, name));
}

public_repo::SubjectFilter read_subjects(const http::Request& req) {
  public_repo::SubjectFilter f;
  f.limit = http::query_limit(req);
  if (auto c = http::query_cursor(req, CursorValue::text)) f.after = c->value;
  return f;
}

http::Response subjects_response(const http::Request& req, const SubjectPage& page) {
  if (wants_csv(req)) return csv_response(subjects_csv(page.items));
  std::optional<std::string> next;
  if (page.next_after) next = encode_cursor(*page.next_after, 0);
  return http::Response::json(http::list_object(subjects_json(page.items), next, std::nullopt));
}

}  // namespace

void add_public_routes(http::Router& router, PublicService& service, http::PageCache& pages) {
  add_open(router, service, pages, "/api/public/v1/regions",
           {.summary = "公开：地区列表", .subject = "own", .query = {"format"}}, "regions",
           [&service](http::Request& req) {
             const bool csv = wants_csv(req);
             const auto rows = service.regions();
             if (csv) return csv_response(regions_csv(rows));
             return http::list_json(regions_json(rows));
           });

  add_open(router, service, pages, "/api/public/v1/regions/{code}/departments",
           {.summary = "公开：地区的部门及公开情况", .subject = "own", .query = {"year", "format"}},
           "departments", [&service](http::Request& req) {
             const bool csv = wants_csv(req);
             const auto rows = service.departments(req.params.at("code"), http::required_year(req));
             if (csv) return csv_response(departments_csv(rows));
             return http::list_json(departments_json(rows));
           });

  add_open(router, service, pages, "/api/public/v1/departments/{id}/projects",
           {.summary = "公开：部门已公开的项目",
            .subject = "own",
            .query = {"year", "format", "limit", "cursor"}},
           "projects", [&service](http::Request& req) {
             auto f = read_subjects(req);
             f.department_id = req.id_param();
             f.year = http::required_year(req);
             return subjects_response(req, service.projects(f));
           });

  add_open(router, service, pages, "/api/public/v1/search",
           {.summary = "公开：按名称搜索已公开的项目",
            .subject = "own",
            .query = {"year", "q", "format", "limit", "cursor"}},
           "search", [&service](http::Request& req) {
             auto f = read_subjects(req);
             f.year = http::query_int(req, "year", 2000, 2100);
             f.words = http::query_text(req, "q", 100);
             if (!f.words || f.words->empty()) throw invalid("q", "请输入项目名称中的字词");
             return subjects_response(req, service.projects(f));
           });

  // The stable permalink of a project's published items: region code, year, project code.
  add_open(router, service, pages, "/api/public/v1/projects/{region}/{year}/{code}",
           {.summary = "公开：项目已公开的绩效信息", .subject = "own", .query = {"format"}},
           "project", [&service](http::Request& req) {
             const bool csv = wants_csv(req);
             const std::string& y = req.params.at("year");
             if (y.size() != 4 || y.find_first_not_of("0123456789") != std::string::npos)
               throw not_found("没有找到已公开的信息");
             const auto page =
                 service.project(req.params.at("region"), std::stoll(y), req.params.at("code"));
             if (csv) return csv_response(project_csv(page));
             return http::Response::json(project_json(page));
           });
}

}  // namespace jixiao::disclosure
