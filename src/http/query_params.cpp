#include "http/query_params.h"

#include <algorithm>
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
  check_text(name, s);  // the router checked it already; a fast answer reads it first
  if (utf8_length(s) > max_chars)
    throw invalid(name, "参数 " + name + " 过长，最多 " + std::to_string(max_chars) + " 个字符");
  return s;
}

long long required_year(const Request& req) {
  auto year = query_int(req, "year", 2000, 2100);
  if (!year) throw invalid("year", "请指定年度");
  return *year;
}

std::optional<Cursor> query_cursor(const Request& req, CursorValue kind) {
  const auto text = query_text(req, "cursor", 2048);
  if (!text) return std::nullopt;
  auto cursor = decode_cursor(*text, kind);
  if (!cursor) throw invalid("cursor", "分页游标无效或与排序方式不符，请从第一页重新浏览");
  return cursor;
}

long long query_after_id(const Request& req) {
  const auto cursor = query_cursor(req, CursorValue::none);
  return cursor ? cursor->id : 0;
}

std::optional<std::string> id_cursor(const std::optional<long long>& after) {
  if (!after) return std::nullopt;
  return encode_cursor("", *after);
}

int query_limit(const Request& req) {
  return static_cast<int>(query_int(req, "limit", 1, 500).value_or(50));
}

int query_limit_or_all(const Request& req) {
  return static_cast<int>(query_int(req, "limit", 0, 500).value_or(50));
}

long long query_offset(const Request& req) {
  const auto offset = query_int(req, "offset", 0, INT64_MAX);
  if (!offset || *offset == 0) return 0;
  if (*offset > kMaxOffset)
    throw invalid("offset", "跳页最多跳过前 " + std::to_string(kMaxOffset) +
                                " 条记录（参数 offset），请缩小筛选范围或用“下一页”继续");
  // Looked up without asking for it: a list paged by offset alone does not declare `cursor`
  // (the router refuses it there before this runs), and asking would be its server error.
  if (std::ranges::any_of(req.query,
                          [](const auto& q) { return q.first == "cursor" && !q.second.empty(); }))
    throw invalid("offset", "参数 offset 不能与 cursor 同时使用");
  return *offset;
}

}  // namespace jixiao::http
