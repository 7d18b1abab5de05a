#include "base/cursor.h"

#include <charconv>

#include "base/text.h"

namespace jixiao {

namespace {
constexpr char kSeparator = '\x1f';
constexpr std::size_t kMaxCursor = 2048;

// Decimal digits with an optional minus sign, in range, and nothing else.
bool whole_number(std::string_view s, long long& n) {
  if (s.empty() || s.front() == '+') return false;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  return ec == std::errc() && end == s.data() + s.size();
}

int hex_digit(char c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}
}  // namespace

std::string encode_cursor(const std::string& value, long long id) {
  static constexpr char kDigits[] = "0123456789abcdef";
  const std::string raw = value + kSeparator + std::to_string(id);
  std::string out;
  out.reserve(raw.size() * 2);
  for (unsigned char c : raw) {
    out += kDigits[c >> 4];
    out += kDigits[c & 0xF];
  }
  return out;
}

bool decode_cursor(const std::string& cursor, std::string& value, long long& id) {
  if (cursor.size() % 2 != 0 || cursor.size() > kMaxCursor) return false;
  std::string raw;
  for (std::size_t i = 0; i < cursor.size(); i += 2) {
    const int hi = hex_digit(cursor[i]), lo = hex_digit(cursor[i + 1]);
    if (hi < 0 || lo < 0) return false;
    raw += static_cast<char>(hi * 16 + lo);
  }
  const auto sep = raw.rfind(kSeparator);
  if (sep == std::string::npos) return false;
  long long n = 0;
  if (!whole_number(std::string_view(raw).substr(sep + 1), n) || n <= 0) return false;
  if (!is_valid_utf8(std::string_view(raw).substr(0, sep))) return false;
  id = n;
  value = raw.substr(0, sep);
  return true;
}

std::optional<Cursor> decode_cursor(const std::string& cursor, CursorValue kind) {
  Cursor c;
  if (!decode_cursor(cursor, c.value, c.id)) return std::nullopt;
  if (kind == CursorValue::none && !c.value.empty()) return std::nullopt;
  if (kind == CursorValue::number && !whole_number(c.value, c.number)) return std::nullopt;
  return c;
}

}  // namespace jixiao
