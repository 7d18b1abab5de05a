// Fixed vocabularies (statuses, comparators, kinds) are arrays of keys with a parallel array of
// Chinese labels; these look one up in the other.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace jixiao {

template <std::size_t N>
constexpr bool is_key(const std::array<std::string_view, N>& keys, std::string_view s) {
  for (auto k : keys)
    if (k == s) return true;
  return false;
}

// The label beside a key, or empty for an unknown key.
template <std::size_t N>
constexpr std::string_view label_of(const std::array<std::string_view, N>& keys,
                                    const std::array<std::string_view, N>& labels,
                                    std::string_view key) {
  for (std::size_t i = 0; i < N; ++i)
    if (keys[i] == key) return labels[i];
  return {};
}

// The key for what a person typed: the key itself or its label; empty when neither.
template <std::size_t N>
constexpr std::string_view key_of(const std::array<std::string_view, N>& keys,
                                  const std::array<std::string_view, N>& labels,
                                  std::string_view text) {
  for (std::size_t i = 0; i < N; ++i)
    if (keys[i] == text || labels[i] == text) return keys[i];
  return {};
}

}  // namespace jixiao
