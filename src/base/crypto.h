// Hashes and random tokens.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao {

// Lower-case hex SHA-256 of the bytes.
std::string sha256_hex(std::string_view bytes);
// n random bytes from the system CSPRNG, as 2n hex characters.
std::string random_hex(std::size_t n);
// Compares without leaking where two strings differ.
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace jixiao
