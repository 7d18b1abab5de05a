#include "library/vocabulary.h"

#include "base/keys.h"

namespace jixiao::library {

namespace {

constexpr std::array<std::string_view, 6> kComparatorLabels = {"≥", ">", "=", "≤", "<", "定性"};
constexpr std::array<std::string_view, 2> kDirectionLabels = {"正向", "反向"};
constexpr std::array<std::string_view, 5> kValueBasisLabels = {"计划标准", "行业标准", "历史标准",
                                                               "预算支出标准", "其他"};

}  // namespace

std::string_view comparator_label(std::string_view c) {
  return label_of(kComparators, kComparatorLabels, c);
}
std::string_view direction_label(std::string_view d) {
  return label_of(kDirections, kDirectionLabels, d);
}
std::string_view value_basis_label(std::string_view b) {
  return label_of(kValueBases, kValueBasisLabels, b);
}
bool is_comparator(std::string_view s) { return is_key(kComparators, s); }
bool is_direction(std::string_view s) { return is_key(kDirections, s); }
bool is_value_basis(std::string_view s) { return is_key(kValueBases, s); }

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
  return key_of(kComparators, kComparatorLabels, t);
}
std::string_view direction_from_text(std::string_view t) {
  return key_of(kDirections, kDirectionLabels, t);
}
std::string_view value_basis_from_text(std::string_view t) {
  return key_of(kValueBases, kValueBasisLabels, t);
}

}  // namespace jixiao::library
