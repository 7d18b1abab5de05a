#include "http/problem.h"

#include <boost/json.hpp>

#include "base/text.h"

namespace jixiao::http {

const char* problem_title(int status) {
  switch (status) {
    case 400:
      return "请求有误";
    case 401:
      return "未登录";
    case 403:
      return "禁止访问";
    case 404:
      return "未找到";
    case 405:
      return "方法不允许";
    case 409:
      return "冲突";
    case 413:
      return "内容过大";
    case 415:
      return "不支持的类型";
    case 422:
      return "无法处理";
    case 423:
      return "已锁定";
    case 429:
      return "请求过于频繁";
    case 431:
      return "请求头过大";
    case 503:
      return "服务繁忙";
    default:
      return "服务器错误";
  }
}

namespace {

boost::json::object problem_object(int status, const std::string& code, const std::string& detail,
                                   const std::string& field) {
  boost::json::object o;
  o["type"] = "about:blank";
  o["title"] = problem_title(status);
  o["status"] = status;
  o["code"] = code;
  // What a problem quotes of the request may hold bytes that are not UTF-8: never echoed.
  o["detail"] = valid_utf8(detail);
  if (!field.empty()) o["field"] = valid_utf8(field);
  return o;
}

Response problem_response(const boost::json::object& o, int status) {
  Response r = Response::json(o, status);
  r.content_type = "application/problem+json; charset=utf-8";
  return r;
}

}  // namespace

Response problem(int status, const std::string& code, const std::string& detail,
                 const std::string& field) {
  return problem_response(problem_object(status, code, detail, field), status);
}

Response problem(const AppError& e) {
  const int status = http_status(e.kind());
  auto o = problem_object(status, e.code(), e.detail(), e.field());
  if (!e.extra_json().empty()) {
    const boost::json::value extra = boost::json::parse(e.extra_json());
    for (const auto& [k, v] : extra.as_object())
      if (!o.contains(k)) o[k] = v;
  }
  return problem_response(o, status);
}

Response import_result(long long imported, const std::vector<ImportError>& errors) {
  if (errors.empty()) return Response::json(boost::json::object{{"imported", imported}});
  auto res =
      problem(400, "import_invalid",
              "导入文件有 " + std::to_string(errors.size()) + " 处错误，未导入任何数据", "file");
  auto body = boost::json::parse(res.body).as_object();
  boost::json::array list;
  for (const auto& e : errors)
    list.push_back(
        {{"row", e.row}, {"column", valid_utf8(e.column)}, {"message", valid_utf8(e.message)}});
  body["errors"] = std::move(list);
  res.body = boost::json::serialize(body);
  return res;
}

}  // namespace jixiao::http
