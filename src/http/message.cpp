#include "http/message.h"

#include <boost/json/serialize.hpp>
#include <charconv>

#include "base/error.h"

namespace jixiao::http {

std::string_view Request::header(std::string_view lower_name) const {
  for (const auto& [k, v] : headers)
    if (k == lower_name) return v;
  return {};
}

std::optional<std::string> Request::query_value(std::string_view name) const {
  asked.emplace(name);
  const std::string* found = nullptr;
  for (const auto& [k, v] : query) {
    if (k != name) continue;
    // One value, one parameter: a second would be silently ignored.
    if (found) throw invalid(std::string(name), "参数 " + std::string(name) + " 只能给一次");
    found = &v;
  }
  if (!found) return std::nullopt;
  return *found;
}

std::vector<std::string> Request::query_values(std::string_view name) const {
  asked.emplace(name);
  std::vector<std::string> out;
  for (const auto& [k, v] : query)
    if (k == name) out.push_back(v);
  return out;
}

std::string Request::cookie(std::string_view name) const {
  std::string_view all = header("cookie");
  while (!all.empty()) {
    auto semi = all.find(';');
    std::string_view part = all.substr(0, semi);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    auto eq = part.find('=');
    if (eq != std::string_view::npos && part.substr(0, eq) == name)
      return std::string(part.substr(eq + 1));
    if (semi == std::string_view::npos) break;
    all.remove_prefix(semi + 1);
  }
  return {};
}

std::int64_t Request::id_param(std::string_view name) const {
  auto it = params.find(name);
  std::int64_t id = 0;
  if (it == params.end()) throw not_found();
  const auto& s = it->second;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
  if (ec != std::errc() || ptr != s.data() + s.size() || id <= 0) throw not_found();
  return id;
}

Response Response::json(const boost::json::value& v, int status) {
  Response r;
  r.status = status;
  r.body = boost::json::serialize(v);
  return r;
}

Response Response::no_content() {
  Response r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

void Response::set_header(std::string name, std::string value) {
  headers.emplace_back(std::move(name), std::move(value));
}

namespace {

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool decode(std::string_view in, std::string& out, bool plus_is_space) {
  out.clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '%') {
      if (i + 2 >= in.size()) return false;
      int hi = hex(in[i + 1]), lo = hex(in[i + 2]);
      if (hi < 0 || lo < 0) return false;
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return true;
}

}  // namespace

bool parse_target(std::string_view target, std::string& path,
                  std::vector<std::pair<std::string, std::string>>& query) {
  auto q = target.find('?');
  if (!decode(target.substr(0, q), path, false)) return false;
  if (path.empty() || path.front() != '/') return false;
  query.clear();
  if (q == std::string_view::npos) return true;
  std::string_view rest = target.substr(q + 1);
  while (!rest.empty()) {
    auto amp = rest.find('&');
    std::string_view pair = rest.substr(0, amp);
    if (!pair.empty()) {
      auto eq = pair.find('=');
      std::string k, v;
      if (!decode(pair.substr(0, eq), k, true)) return false;
      if (eq != std::string_view::npos && !decode(pair.substr(eq + 1), v, true)) return false;
      query.emplace_back(std::move(k), std::move(v));
    }
    if (amp == std::string_view::npos) break;
    rest.remove_prefix(amp + 1);
  }
  return true;
}

std::string attachment_disposition(std::string_view filename) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out = "attachment; filename*=UTF-8''";
  for (char ch : filename) {
    const auto c = static_cast<unsigned char>(ch);
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       std::string_view("!#$&+-.^_`|~").find(ch) != std::string_view::npos;
    if (plain) {
      out += ch;
    } else {
      out += '%';
      out += kDigits[c >> 4];
      out += kDigits[c & 0xF];
    }
  }
  return out;
}

Response download(std::string bytes, std::string content_type, std::string_view filename) {
  Response res;
  res.content_type = std::move(content_type);
  res.body = std::move(bytes);
  res.set_header("Content-Disposition", attachment_disposition(filename));
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Cache-Control", "private, no-cache");
  return res;
}

}  // namespace jixiao::http
