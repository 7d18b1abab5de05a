// Strict reading of JSON request bodies: every field typed, bounded and named in the error.
#pragma once

#include <boost/json.hpp>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

// The general bounds of every request body (docs/SECURITY.md); a field may set a lower one.
inline constexpr std::size_t kMaxJsonStringChars = 10'000;
inline constexpr std::size_t kMaxJsonArrayItems = 5'000;
inline constexpr std::size_t kMaxJsonKeyChars = 64;

// Refuses what no body may hold, naming the field: a key that is not an identifier of at most
// kMaxJsonKeyChars or that is given twice in an object, a string over kMaxJsonStringChars or with
// a control character (base/text.h), an array over kMaxJsonArrayItems. Syntax is left to the
// parser.
void check_json_text(std::string_view body);
// Parses a request body that must be one JSON object, after check_json_text.
boost::json::object parse_json_object(std::string_view body);

// Reads fields out of an object, remembering which were read so that finish() can reject the
// unknown ones (a misspelt field must not be silently ignored).
class JsonReader {
 public:
  explicit JsonReader(const boost::json::object& object, std::string prefix = {});

  bool has(std::string_view key) const;
  // Strings are trimmed unless trim is false (passwords).
  std::string required_string(std::string_view key, std::size_t max_chars, bool trim = true);
  std::optional<std::string> optional_string(std::string_view key, std::size_t max_chars,
                                             bool trim = true);
  std::int64_t required_int(std::string_view key, std::int64_t min, std::int64_t max);
  std::optional<std::int64_t> optional_int(std::string_view key, std::int64_t min,
                                           std::int64_t max);
  std::optional<bool> optional_bool(std::string_view key);
  std::optional<std::vector<std::string>> optional_string_array(std::string_view key,
                                                                std::size_t max_items,
                                                                std::size_t max_chars);
  // The raw value of a field read by the caller itself (arrays, numbers of several forms), marked
  // as read; nullptr when absent or null.
  const boost::json::value* value(std::string_view key) { return find(key); }
  // Throws for the first field that no getter asked for.
  void finish() const;

  std::string field_name(std::string_view key) const;

 private:
  const boost::json::value* find(std::string_view key);
  std::string as_string(std::string_view key, const boost::json::value& v, std::size_t max_chars,
                        bool trim = true);

  const boost::json::object& object_;
  std::string prefix_;
  std::set<std::string, std::less<>> seen_;
};

std::string serialize(const boost::json::value& v);

// A JSON number (or numeric string) as an integer scaled by 10^scale, exactly as written: a
// double is read back from its shortest decimal form (14.99, not 14.9899…). nullopt for anything
// else or for more decimals than the scale.
std::optional<std::int64_t> scaled_number(const boost::json::value& v, int scale);

}  // namespace jixiao
