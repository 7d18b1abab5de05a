#include "http/multipart.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "base/error.h"
#include "base/text.h"

namespace jixiao::http {

namespace {

constexpr std::string_view kCrlf = "\r\n";

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string_view strip(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// A header value of the form `token *( ";" name "=" (token / quoted-string) )`.
struct HeaderValue {
  std::string type;                                         // lower-cased
  std::vector<std::pair<std::string, std::string>> params;  // names lower-cased, values unquoted

  const std::string* param(std::string_view name) const {
    for (const auto& [k, v] : params)
      if (k == name) return &v;
    return nullptr;
  }
};

// Parses a header value with parameters; nullopt when it is malformed.
std::optional<HeaderValue> parse_header_value(std::string_view s) {
  HeaderValue out;
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < s.size() && is_space(s[i])) ++i;
  };
  skip_space();
  const std::size_t type_start = i;
  while (i < s.size() && s[i] != ';' && !is_space(s[i])) ++i;
  out.type = lower(s.substr(type_start, i - type_start));
  if (out.type.empty()) return std::nullopt;
  skip_space();
  while (i < s.size()) {
    if (s[i] != ';') return std::nullopt;
    ++i;
    skip_space();
    if (i == s.size()) break;  // a trailing ";" is tolerated
    const std::size_t name_start = i;
    while (i < s.size() && s[i] != '=' && s[i] != ';' && !is_space(s[i])) ++i;
    std::string name = lower(s.substr(name_start, i - name_start));
    skip_space();
    if (name.empty() || i == s.size() || s[i] != '=') return std::nullopt;
    ++i;
    skip_space();
    std::string value;
    if (i < s.size() && s[i] == '"') {
      ++i;
      bool closed = false;
      while (i < s.size()) {
        const char c = s[i++];
        if (c == '"') {
          closed = true;
          break;
        }
        // Browsers send a Windows path's backslashes as they are; only \" and \\ are escapes.
        if (c == '\\' && i < s.size() && (s[i] == '"' || s[i] == '\\')) {
          value += s[i++];
          continue;
        }
        value += c;
      }
      if (!closed) return std::nullopt;
    } else {
      const std::size_t value_start = i;
      while (i < s.size() && s[i] != ';' && !is_space(s[i])) ++i;
      value = std::string(s.substr(value_start, i - value_start));
    }
    out.params.emplace_back(std::move(name), std::move(value));
    skip_space();
  }
  return out;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// RFC 5987 ext-value: charset "'" [language] "'" value-chars, UTF-8 only.
std::string decode_ext_value(std::string_view v) {
  const auto first = v.find('\'');
  const auto second = first == std::string_view::npos ? first : v.find('\'', first + 1);
  if (second == std::string_view::npos)
    throw invalid("file", "文件名（filename*）格式错误，应为 UTF-8''编码后的名称");
  if (lower(v.substr(0, first)) != "utf-8")
    throw invalid("file", "文件名（filename*）只支持 UTF-8 编码");
  std::string out;
  for (std::size_t i = second + 1; i < v.size(); ++i) {
    if (v[i] != '%') {
      out += v[i];
      continue;
    }
    const int hi = i + 2 < v.size() ? hex_digit(v[i + 1]) : -1;
    const int lo = hi >= 0 ? hex_digit(v[i + 2]) : -1;
    if (lo < 0) throw invalid("file", "文件名（filename*）的百分号编码错误");
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

// Fills part from its header block (the lines between the boundary and the blank line).
void read_part_headers(std::string_view block, MultipartPart& part) {
  bool disposition_seen = false;
  while (!block.empty()) {
    const auto end = block.find(kCrlf);
    std::string_view line = block.substr(0, end);
    block = end == std::string_view::npos ? std::string_view{} : block.substr(end + 2);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || is_space(line.front()))
      throw invalid("body", "上传内容格式错误：分段头部不完整");
    const std::string name = lower(strip(line.substr(0, colon)));
    const std::string_view value = strip(line.substr(colon + 1));
    if (name == "content-disposition") {
      if (disposition_seen)
        throw invalid("body", "上传内容格式错误：分段有重复的 Content-Disposition");
      disposition_seen = true;
      auto parsed = parse_header_value(value);
      if (!parsed || parsed->type != "form-data")
        throw invalid("body", "上传内容格式错误：Content-Disposition 应为 form-data");
      const std::string* field = parsed->param("name");
      if (!field || field->empty()) throw invalid("body", "上传内容格式错误：分段缺少字段名");
      part.name = *field;
      if (const std::string* ext = parsed->param("filename*")) {
        part.filename = decode_ext_value(*ext);
        part.has_filename = true;
      } else if (const std::string* plain = parsed->param("filename")) {
        part.filename = *plain;
        part.has_filename = true;
      }
      if (!is_valid_utf8(part.filename)) throw invalid("file", "文件名不是有效的 UTF-8 文字");
    } else if (name == "content-type") {
      auto parsed = parse_header_value(value);
      if (!parsed) throw invalid("body", "上传内容格式错误：分段的 Content-Type 无法识别");
      part.content_type = parsed->type;
    }
    // Other part headers (Content-Transfer-Encoding, …) carry nothing we use.
  }
  if (!disposition_seen) throw invalid("body", "上传内容格式错误：分段缺少 Content-Disposition");
}

bool is_boundary_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         std::string_view("'()+_,-./:=? ").find(c) != std::string_view::npos;
}

}  // namespace

std::string multipart_boundary(std::string_view content_type) {
  auto parsed = parse_header_value(content_type);
  if (!parsed || parsed->type != "multipart/form-data")
    throw invalid("Content-Type", "请以 multipart/form-data 方式上传文件");
  const std::string* boundary = parsed->param("boundary");
  if (!boundary || boundary->empty() || boundary->size() > 70 || boundary->back() == ' ' ||
      !std::all_of(boundary->begin(), boundary->end(), is_boundary_char))
    throw invalid("Content-Type", "上传请求的分隔符（boundary）缺失或格式错误");
  return *boundary;
}

std::vector<MultipartPart> parse_multipart(std::string_view content_type, std::string_view body,
                                           const MultipartOptions& options) {
  const std::string delimiter = "--" + multipart_boundary(content_type);
  const std::string next_delimiter = "\r\n" + delimiter;

  // The first delimiter opens the body or follows a preamble line.
  std::size_t pos;
  if (body.substr(0, delimiter.size()) == delimiter) {
    pos = delimiter.size();
  } else {
    const auto found = body.find(next_delimiter);
    if (found == std::string_view::npos)
      throw invalid("body", "上传内容格式错误：找不到分隔符，请检查 boundary");
    pos = found + next_delimiter.size();
  }

  std::vector<MultipartPart> parts;
  for (;;) {
    // After a delimiter: "--" closes the body; otherwise optional padding and a line break.
    if (body.substr(pos, 2) == "--") break;
    while (pos < body.size() && is_space(body[pos])) ++pos;
    if (body.substr(pos, 2) != kCrlf) throw invalid("body", "上传内容格式错误：分隔符后缺少换行");
    pos += 2;
    if (parts.size() == options.max_parts)
      throw invalid("body",
                    "上传内容的分段过多（最多 " + std::to_string(options.max_parts) + " 段）");

    MultipartPart part;
    std::size_t content_start;
    if (body.substr(pos, 2) == kCrlf) {
      content_start = pos + 2;  // no headers at all: rejected below for lack of a name
      read_part_headers({}, part);
    } else {
      const auto header_end = body.find("\r\n\r\n", pos);
      if (header_end == std::string_view::npos || header_end - pos > options.max_header_bytes)
        throw invalid("body", "上传内容格式错误：分段头部过长或未结束");
      read_part_headers(body.substr(pos, header_end - pos), part);
      content_start = header_end + 4;
    }
    const auto content_end = body.find(next_delimiter, content_start);
    if (content_end == std::string_view::npos)
      throw invalid("body", "上传内容不完整：缺少结束分隔符，文件可能未传完");
    part.body = body.substr(content_start, content_end - content_start);
    // A field's name and file name are text that enters like any other (the bytes are not).
    check_text("body", part.name);
    check_text(part.name.empty() ? std::string("file") : part.name, part.filename);
    parts.push_back(std::move(part));
    pos = content_end + next_delimiter.size();
  }
  if (parts.empty()) throw invalid("body", "上传内容为空");
  return parts;
}

}  // namespace jixiao::http
