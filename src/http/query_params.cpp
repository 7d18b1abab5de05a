#include "http/query_params.h"

#include <charconv>
#include <cstdint>

#include "base/cursor.h"
#include "base/error.h"
#include "base/text.h"

namespace jixiao::http {

std::optional<long long> query_int(const Request& req, const std::string& name, long long min,
                                   long long max) {
  auto v = req.query_value(name);
  if (!v || v->empty()) return std::nullopt;
  long long n = 0;
  auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || ptr != v->data() + v->size())
    throw invalid(name, "参数 " + name + " 必须是整数");
  if (n < min || n > max)
    throw invalid(name, "参数 " + name + " 必须在 " + std::to_string(min) + " 到 " +
                            std::to_string(max) + " 之间");
  return n;
}

std::optional<std::string> query_text(const Request& req, const std::string& name,
                                      std::size_t max_chars) {
  auto v = req.query_value(name);
  if (!v) return std::nullopt;
  std::string s = trim(*v);
  if (s.empty()) return std::nullopt;
  if (!is_valid_utf8(s)) throw invalid(name, "参数 " + name + " 含有非法字符");
  if (utf8_length(s) > max_chars)
    throw invalid(name, "参数 " + name + " 过长，最多 " + std::to_string(max_chars) + " 个字符");
  return s;
}

long long required_year(const Request& req) {
  auto year = query_int(req, "year", 2000, 2100);
  if (!year) throw invalid("year", "请指定年度");
  return *year;
}

long long query_after_id(const Request& req) {
  auto cursor = query_text(req, "cursor", 256);
  if (!cursor) return 0;
  std::string value;
  long long id = 0;
  if (!decode_cursor(*cursor, value, id) || id <= 0) throw invalid("cursor", "分页游标无效");
  return id;
}

std::optional<std::string> id_cursor(const std::optional<long long>& after) {
  if (!after) return std::nullopt;
  return encode_cursor("", *after);
}

int query_limit(const Request& req) {
  return static_cast<int>(query_int(req, "limit", 1, 500).value_or(50));
}

long long query_offset(const Request& req) {
  const auto offset = query_int(req, "offset", 0, INT64_MAX);
  if (!offset || *offset == 0) return 0;
  if (*offset > kMaxOffset)
    throw invalid("offset", "跳页最多跳过前 " + std::to_string(kMaxOffset) +
                                " 条记录（参数 offset），请缩小筛选范围或用“下一页”继续");
  if (const auto cursor = req.query_value("cursor"); cursor && !cursor->empty())
    throw invalid("offset", "参数 offset 不能与 cursor 同时使用");
  return *offset;
}

}  // namespace jixiao::http
