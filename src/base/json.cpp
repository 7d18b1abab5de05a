#include "base/json.h"

#include <charconv>

#include "base/error.h"
#include "base/money.h"
#include "base/text.h"

namespace jixiao {

namespace json = boost::json;

json::object parse_json_object(std::string_view body) {
  check_json_text(body);
  json::error_code ec;
  json::parse_options options;
  options.max_depth = 32;
  json::value v = json::parse(body, ec, {}, options);
  if (ec) throw invalid("", "请求体不是合法的 JSON");
  if (!v.is_object()) throw invalid("", "请求体必须是 JSON 对象");
  return std::move(v.as_object());
}

JsonReader::JsonReader(const json::object& object, std::string prefix)
    : object_(object), prefix_(std::move(prefix)) {}

std::string JsonReader::field_name(std::string_view key) const {
  return prefix_.empty() ? std::string(key) : prefix_ + "." + std::string(key);
}

bool JsonReader::has(std::string_view key) const {
  auto it = object_.find(key);
  return it != object_.end() && !it->value().is_null();
}

const json::value* JsonReader::find(std::string_view key) {
  seen_.emplace(key);
  auto it = object_.find(key);
  if (it == object_.end() || it->value().is_null()) return nullptr;
  return &it->value();
}

std::string JsonReader::as_string(std::string_view key, const json::value& v, std::size_t max_chars,
                                  bool trim_it) {
  if (!v.is_string()) throw invalid(field_name(key), "字段 " + field_name(key) + " 必须是字符串");
  std::string s = trim_it ? trim(std::string_view(v.as_string())) : std::string(v.as_string());
  check_text(field_name(key), s);  // a body's strings were checked whole by check_json_text
  if (utf8_length(s) > max_chars)
    throw invalid(field_name(key), "字段 " + field_name(key) + " 过长，最多 " +
                                       std::to_string(max_chars) + " 个字符");
  return s;
}

std::string JsonReader::required_string(std::string_view key, std::size_t max_chars, bool trim_it) {
  const json::value* v = find(key);
  if (!v) throw invalid(field_name(key), "缺少必填字段 " + field_name(key));
  std::string s = as_string(key, *v, max_chars, trim_it);
  if (s.empty()) throw invalid(field_name(key), "字段 " + field_name(key) + " 不能为空");
  return s;
}

std::optional<std::string> JsonReader::optional_string(std::string_view key, std::size_t max_chars,
                                                       bool trim_it) {
  const json::value* v = find(key);
  if (!v) return std::nullopt;
  return as_string(key, *v, max_chars, trim_it);
}

std::optional<std::int64_t> JsonReader::optional_int(std::string_view key, std::int64_t min,
                                                     std::int64_t max) {
  const json::value* v = find(key);
  if (!v) return std::nullopt;
  std::int64_t n;
  if (v->is_int64()) {
    n = v->as_int64();
  } else if (v->is_uint64()) {
    throw invalid(field_name(key), "字段 " + field_name(key) + " 超出允许范围");
  } else {
    // Doubles are refused even when whole: money and ids are exact integers.
    throw invalid(field_name(key), "字段 " + field_name(key) + " 必须是整数");
  }
  if (n < min || n > max)
    throw invalid(field_name(key), "字段 " + field_name(key) + " 必须在 " + std::to_string(min) +
                                       " 到 " + std::to_string(max) + " 之间");
  return n;
}

std::int64_t JsonReader::required_int(std::string_view key, std::int64_t min, std::int64_t max) {
  auto n = optional_int(key, min, max);
  if (!n) throw invalid(field_name(key), "缺少必填字段 " + field_name(key));
  return *n;
}

std::optional<bool> JsonReader::optional_bool(std::string_view key) {
  const json::value* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_bool()) throw invalid(field_name(key), "字段 " + field_name(key) + " 必须是布尔值");
  return v->as_bool();
}

std::optional<std::vector<std::string>> JsonReader::optional_string_array(std::string_view key,
                                                                          std::size_t max_items,
                                                                          std::size_t max_chars) {
  const json::value* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_array()) throw invalid(field_name(key), "字段 " + field_name(key) + " 必须是数组");
  const auto& a = v->as_array();
  if (a.size() > max_items)
    throw invalid(field_name(key),
                  "字段 " + field_name(key) + " 最多 " + std::to_string(max_items) + " 项");
  std::vector<std::string> out;
  for (const auto& item : a) out.push_back(as_string(key, item, max_chars));
  return out;
}

void JsonReader::finish() const {
  for (const auto& kv : object_) {
    if (!seen_.contains(std::string_view(kv.key())))
      throw invalid(field_name(kv.key()), "未知字段 " + field_name(kv.key()));
  }
}

std::string serialize(const json::value& v) { return json::serialize(v); }

std::optional<std::int64_t> scaled_number(const json::value& v, int scale) {
  if (v.is_string()) return parse_scaled_decimal(std::string_view(v.as_string()), scale);
  if (v.is_int64()) return parse_scaled_decimal(std::to_string(v.as_int64()), scale);
  if (v.is_uint64()) return parse_scaled_decimal(std::to_string(v.as_uint64()), scale);
  if (!v.is_double()) return std::nullopt;
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v.as_double(), std::chars_format::fixed);
  if (r.ec != std::errc()) return std::nullopt;
  return parse_scaled_decimal(std::string_view(buf, r.ptr - buf), scale);
}

}  // namespace jixiao
