#include "library/vocabulary.h"

namespace jixiao::library {

namespace {

constexpr std::array<std::string_view, 6> kComparatorLabels = {"≥", ">", "=", "≤", "<", "定性"};
constexpr std::array<std::string_view, 2> kDirectionLabels = {"正向", "反向"};
constexpr std::array<std::string_view, 5> kValueBasisLabels = {"计划标准", "行业标准", "历史标准",
                                                               "预算支出标准", "其他"};

template <std::size_t N>
std::string_view label(const std::array<std::string_view, N>& keys,
                       const std::array<std::string_view, N>& labels, std::string_view key) {
  for (std::size_t i = 0; i < N; ++i)
    if (keys[i] == key) return labels[i];
  return {};
}

template <std::size_t N>
std::string_view from_text(const std::array<std::string_view, N>& keys,
                           const std::array<std::string_view, N>& labels, std::string_view text) {
  for (std::size_t i = 0; i < N; ++i)
    if (keys[i] == text || labels[i] == text) return keys[i];
  return {};
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& keys, std::string_view s) {
  for (auto k : keys)
    if (k == s) return true;
  return false;
}

}  // namespace

std::string_view comparator_label(std::string_view c) {
  return label(kComparators, kComparatorLabels, c);
}
std::string_view direction_label(std::string_view d) {
  return label(kDirections, kDirectionLabels, d);
}
std::string_view value_basis_label(std::string_view b) {
  return label(kValueBases, kValueBasisLabels, b);
}
bool is_comparator(std::string_view s) { return contains(kComparators, s); }
bool is_direction(std::string_view s) { return contains(kDirections, s); }
bool is_value_basis(std::string_view s) { return contains(kValueBases, s); }

std::string_view direction_of(std::string_view c) {
  if (c == ">=" || c == ">" || c == "=") return "higher";
  if (c == "<=" || c == "<") return "lower";
  return {};
}

std::string_view comparator_from_text(std::string_view t) {
  if (t == "≥" || t == "＞=" || t == "大于等于") return ">=";
  if (t == "≤" || t == "小于等于") return "<=";
  if (t == "＞" || t == "大于") return ">";
  if (t == "＜" || t == "小于") return "<";
  if (t == "＝" || t == "等于") return "=";
  return from_text(kComparators, kComparatorLabels, t);
}
std::string_view direction_from_text(std::string_view t) {
  return from_text(kDirections, kDirectionLabels, t);
}
std::string_view value_basis_from_text(std::string_view t) {
  return from_text(kValueBases, kValueBasisLabels, t);
}

}  // namespace jixiao::library
