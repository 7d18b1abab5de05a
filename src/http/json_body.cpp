#include "http/json_body.h"

#include <cctype>

#include "base/error.h"
#include "base/text.h"

namespace jixiao::http {

namespace {

// "Application/JSON; charset=utf-8" → "application/json".
std::string media_type(std::string_view header) {
  std::string out = trim(header.substr(0, header.find(';')));
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

boost::json::object json_body(const Request& req) {
  if (media_type(req.header("content-type")) != "application/json")
    throw AppError(ErrorKind::unsupported, "unsupported_media_type",
                   "请求体应为 JSON，请以 Content-Type: application/json 提交", "Content-Type");
  return parse_json_object(req.body);
}

}  // namespace jixiao::http
