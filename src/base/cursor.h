// Opaque keyset cursors: the sort value and id of the last row of a page, hex-encoded so that
// they travel safely in a URL.
#pragma once

#include <string>

namespace jixiao {

std::string encode_cursor(const std::string& value, long long id);
// False for anything encode_cursor did not produce.
bool decode_cursor(const std::string& cursor, std::string& value, long long& id);

}  // namespace jixiao
