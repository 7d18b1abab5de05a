#include "http/openapi.h"

#include <boost/json.hpp>

#include <algorithm>
#include <set>
#include <stdexcept>

#include "http/problem.h"

namespace jixiao::http {

namespace {

bool changes_state(const std::string& method) { return method != "GET" && method != "HEAD"; }
bool carries_body(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH";
}
bool is_media_type(const std::string& name) { return name.find('/') != std::string::npos; }

std::string lower(std::string s) {
  std::ranges::transform(s, s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

boost::json::object ref(const std::string& schema) {
  return {{"$ref", "#/components/schemas/" + schema}};
}

// An id, a year or another number a parameter's name says it is; text otherwise.
boost::json::object parameter_schema(const std::string& name) {
  // Rules are named by their codes ("R-MO-4"), everything else by number.
  if (name == "id" || (name.ends_with("_id") && name != "rule_id"))
    return {{"type", "integer"}, {"minimum", 1}};
  if (name == "year") return {{"type", "integer"}, {"minimum", 2000}, {"maximum", 2100}};
  if (name == "limit") return {{"type", "integer"}, {"minimum", 0}, {"maximum", 500}};
  if (name == "offset") return {{"type", "integer"}, {"minimum", 0}, {"maximum", 10000}};
  if (name == "version") return {{"type", "integer"}, {"minimum", 1}};
  if (name == "dry_run") return {{"type", "string"}, {"enum", {"0", "1"}}};
  return {{"type", "string"}};
}

// What the common parameters mean, for the reader of the document.
std::string parameter_description(const std::string& name) {
  static const std::map<std::string, std::string, std::less<>> known{
      {"id", "对象编号"},
      {"year", "年度"},
      {"limit", "每页条数（默认 50，最多 500）"},
      {"offset", "跳过的条数（跳页，最多 10000）"},
      {"cursor", "分页游标：上一页答复中的 next_cursor"},
      {"sort", "排序方式"},
      {"order", "排序方向"},
      {"q", "关键字"},
      {"region", "地区编号"},
      {"region_id", "地区编号"},
      {"department_id", "部门编号"},
      {"unit_id", "单位编号"},
      {"project_id", "项目编号"},
      {"status", "状态"},
      {"version", "对象当前版本号（乐观锁，过期则 409）"},
      {"dry_run", "为 1 时只检查不写入"},
      {"format", "答复格式（如 csv）"},
  };
  const auto it = known.find(name);
  return it == known.end() ? std::string() : it->second;
}

boost::json::object parameter(const std::string& name, const char* in) {
  boost::json::object p{{"name", name},
                        {"in", in},
                        {"required", std::string_view(in) == "path"},
                        {"schema", parameter_schema(name)}};
  if (const auto d = parameter_description(name); !d.empty()) p["description"] = d;
  return p;
}

// The content of a body or answer named by `name`: a registered schema, a media type, or (empty)
// a JSON object.
boost::json::object content(const std::string& name, const boost::json::object& schemas,
                            const RouteInfo& r) {
  if (name.empty()) return {{"application/json", {{"schema", {{"type", "object"}}}}}};
  if (is_media_type(name)) {
    if (name == kMultipart)
      return {{name,
               {{"schema",
                 {{"type", "object"},
                  {"properties", {{"file", {{"type", "string"}, {"format", "binary"}}}}},
                  {"required", {"file"}}}}}}};
    // Text answers (CSV, HTML) as strings, anything else as bytes.
    boost::json::object schema{{"type", "string"}};
    if (!name.starts_with("text/")) schema["format"] = "binary";
    return {{name, {{"schema", std::move(schema)}}}};
  }
  if (!schemas.contains(name))
    throw std::invalid_argument(r.method + " " + r.pattern + ": no schema named " + name);
  return {{"application/json", {{"schema", ref(name)}}}};
}

// The problems a route may answer: those its kind implies, and those it declares.
std::set<int> problems_of(const RouteInfo& r) {
  const auto& o = r.options;
  std::set<int> out(o.problems.begin(), o.problems.end());
  out.insert(503);
  if (r.guarded) out.insert({401, 403});
  const bool named = !path_parameters(r.pattern).empty();
  if (named) out.insert(404);
  if (carries_body(r.method)) out.insert({400, 415});
  if (!o.query.empty()) out.insert(400);
  // A change to a named object: its version may be stale (409), its state may forbid it (422).
  if (named && changes_state(r.method)) out.insert({409, 422});
  if (o.upload || o.max_body) out.insert(413);
  return out;
}

boost::json::array security_of(const RouteInfo& r) {
  if (!r.guarded) return {};
  boost::json::object session{{"sessionCookie", boost::json::array{}}};
  if (changes_state(r.method)) session["csrfToken"] = boost::json::array{};
  return {session, {{"bearerAuth", boost::json::array{}}}};
}

boost::json::object operation(const RouteInfo& r, const boost::json::object& schemas) {
  const auto& o = r.options;
  if (o.summary.empty())
    throw std::invalid_argument(r.method + " " + r.pattern + ": the route has no summary");
  boost::json::object op{{"summary", o.summary}};
  if (!r.group.empty()) op["tags"] = {r.group};
  boost::json::array parameters;
  for (const auto& name : path_parameters(r.pattern)) parameters.push_back(parameter(name, "path"));
  for (const auto& name : o.query) parameters.push_back(parameter(name, "query"));
  if (!parameters.empty()) op["parameters"] = std::move(parameters);
  if (carries_body(r.method)) {
    const std::string body = o.request.empty() && o.upload ? kMultipart : o.request;
    op["requestBody"] = {{"required", !body.empty()}, {"content", content(body, schemas, r)}};
  } else if (!o.request.empty()) {
    throw std::invalid_argument(r.method + " " + r.pattern + ": a " + r.method + " has no body");
  }
  boost::json::object responses;
  responses[o.answer.empty() ? "2XX" : "200"] = {{"description", "成功"},
                                                 {"content", content(o.answer, schemas, r)}};
  for (const int status : problems_of(r))
    responses[std::to_string(status)] = {
        {"description", problem_title(status)},
        {"content", {{"application/problem+json", {{"schema", ref("Problem")}}}}}};
  op["responses"] = std::move(responses);
  op["security"] = security_of(r);
  return op;
}

boost::json::object security_schemes() {
  return {
      {"sessionCookie",
       {{"type", "apiKey"},
        {"in", "cookie"},
        {"name", "jixiao_session"},
        {"description", "登录（POST /api/v1/sessions）后服务器设置的会话 Cookie"}}},
      {"csrfToken",
       {{"type", "apiKey"},
        {"in", "header"},
        {"name", "X-CSRF-Token"},
        {"description",
         "以会话 Cookie 调用时，GET 以外的请求须带此头：值为登录或 GET /api/v1/me 答复中的 "
         "csrf_token"}}},
      {"bearerAuth",
       {{"type", "http"},
        {"scheme", "bearer"},
        {"description", "API 令牌：Authorization: Bearer <令牌>，不需要 CSRF 头"}}},
  };
}

}  // namespace

boost::json::object openapi_document(const std::vector<RouteInfo>& routes,
                                     const boost::json::object& schemas,
                                     const std::string& version) {
  boost::json::object paths;
  std::vector<std::string> tags;
  for (const auto& r : routes) {
    auto& item = paths[r.pattern];
    if (item.is_null()) item = boost::json::object{};
    item.as_object()[lower(r.method)] = operation(r, schemas);
    if (!r.group.empty() && std::ranges::find(tags, r.group) == tags.end()) tags.push_back(r.group);
  }
  boost::json::array tag_list;
  for (const auto& t : tags) tag_list.push_back(boost::json::object{{"name", t}});
  return {
      {"openapi", "3.1.0"},
      {"info",
       {{"title", "预算绩效管理系统接口"},
        {"version", version},
        {"description",
         "由服务器上注册的路由生成。金额为整数“分”（字段名以 _fen 结尾）；错误答复为 "
         "application/problem+json，含稳定的 code、出错的 field 和中文 detail。"}}},
      {"jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema"},
      {"tags", std::move(tag_list)},
      {"paths", std::move(paths)},
      {"components", {{"schemas", schemas}, {"securitySchemes", security_schemes()}}},
  };
}

}  // namespace jixiao::http
