#include "base/cursor.h"

#include <exception>

namespace jixiao {

namespace {
constexpr char kSeparator = '\x1f';
constexpr std::size_t kMaxCursor = 2048;

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
  try {
    std::size_t used = 0;
    id = std::stoll(raw.substr(sep + 1), &used);
    if (used != raw.size() - sep - 1 || id <= 0) return false;
  } catch (const std::exception&) {
    return false;
  }
  value = raw.substr(0, sep);
  return true;
}

}  // namespace jixiao
