#include "library/vocabulary.h"

namespace jixiao::library {

namespace {

// The code for a code or a label, as a view into the shipped vocabulary; empty when neither.
std::string_view
key_in(  // Each vocabulary is looked up once: labels are read for every row of a list.
    const Vocabulary& v, std::string_view text) {
  for (const auto& t : v.terms())
    if (t.value == text || t.label == text) return t.value;
  return {};
}

}  // namespace

const Vocabulary& comparators() {
  static const Vocabulary& v = vocabulary("comparator");
  return v;
}
const Vocabulary& directions() {
  static const Vocabulary& v = vocabulary("direction");
  return v;
}
const Vocabulary& value_bases() {
  static const Vocabulary& v = vocabulary("value_basis");
  return v;
}

std::string_view comparator_label(std::string_view c) { return comparators().label(c); }
std::string_view direction_label(std::string_view d) { return directions().label(d); }
std::string_view value_basis_label(std::string_view b) { return value_bases().label(b); }
bool is_comparator(std::string_view s) { return comparators().contains(s); }
bool is_direction(std::string_view s) { return directions().contains(s); }
bool is_value_basis(std::string_view s) { return value_bases().contains(s); }

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
  return key_in(comparators(), t);
}
std::string_view direction_from_text(std::string_view t) { return key_in(directions(), t); }
std::string_view value_basis_from_text(std::string_view t) { return key_in(value_bases(), t); }

}  // namespace jixiao::library
