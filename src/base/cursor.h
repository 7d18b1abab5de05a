// Opaque keyset cursors: the sort value and id of the last row of a page, hex-encoded so that
// they travel safely in a URL.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace jixiao {

std::string encode_cursor(const std::string& value, long long id);
// False for anything encode_cursor did not produce (a sort value that is not UTF-8 included).
bool decode_cursor(const std::string& cursor, std::string& value, long long& id);

// What a list's cursors carry beside the id: nothing (lists by id alone), a whole number (a sort
// by money or id) or a text (a sort by code, name or time).
enum class CursorValue { none, number, text };
struct Cursor {
  std::string value;     // the sort value as encoded
  long long number = 0;  // the same, for CursorValue::number
  long long id = 0;
};
// nullopt unless the cursor is one encode_cursor produces for a list whose values are of kind:
// an empty value for none, a whole number in range for number.
std::optional<Cursor> decode_cursor(const std::string& cursor, CursorValue kind);

// A keyset page read one row past its limit, to know whether another follows: cut to the limit;
// answers the id of its last row when another page follows (where the next one starts).
template <class Item>
std::optional<long long> cut_to_limit(std::vector<Item>& items, long long limit) {
  if (items.size() <= static_cast<std::size_t>(limit)) return std::nullopt;
  items.resize(static_cast<std::size_t>(limit));
  return items.back().id;
}

}  // namespace jixiao
